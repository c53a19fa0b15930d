// Telling names apart without the register: the words a school's name ends
// in ("Hamstreet Primary", "Brookland CEP", "Dartford Grammar School"), the
// words a collaborative's name ends in ("… Partnership", "… Hub"), and a
// lead-school cell split into its schools by them.
//
// Used where the register has not met a collaborative yet (a new round
// always brings some). Pure; thread-safe (constant data).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

// Primary, Junior, Infant(s), CEP, CE, CP, RC, School, Academy, Grammar, High,
// College… — case aside; a trailing note in brackets is looked past
// ("Tenterden Junior (budget holder)").
bool EndsLikeSchool(std::string_view name);

// Partnership, Alliance, Hub, Collaborative, Collaboration, Consortium,
// Cluster, Group, Network, Trust, Federation, Partners, Together… — case aside,
// a closing bracketed short name looked past ("… Consortium (DASCo)").
bool EndsLikeCollaborative(std::string_view name);

// How a line of a cell ended, when the reader could tell.
enum class LineEnd { kUnknown, kWrapped, kHard };

// The schools a Lead School(s) cell lists. `ends[i]` tells how line i ended
// (missing entries are kUnknown). Lines join where they wrapped; a hard line
// end separates schools unless the next line opens with "(" or a lower-case
// word; an unknown end separates them where the line ends like a school.
// Then ';' always separates, ',' where both sides end like a school
// ("Swalecliffe Junior, Joy Lane Primary" but not "Stone, St Mary’s").
std::vector<std::string> SplitSchoolList(const std::vector<std::string>& lines, const std::vector<LineEnd>& ends);

// Joins a cell's lines into one name: a space between, none after a hyphen
// that ends a line ("Sutton-at-" / "Hone CEP").
std::string JoinNameLines(const std::vector<std::string>& lines);

}  // namespace returns
