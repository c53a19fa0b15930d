// Writing tagged records: JSON Lines (the record's fields, then themes,
// pending, matches and the lexicon) or CSV (one row per record). Fixed field
// order: the same input and lexicon give byte-identical output.
#pragma once

#include <ostream>

#include "lexicon/matcher/matcher.h"
#include "pipeline/stages/tag_records.h"

namespace returns {

void WriteTaggedJsonl(const TagRecord& record, const Tagging& tagging, const Matcher& matcher, std::ostream& out);

// Header: id,question,themes,pending,matches,text — lists joined with ';',
// a match as theme@start-end.
void WriteTaggedCsvHeader(std::ostream& out);
void WriteTaggedCsv(const TagRecord& record, const Tagging& tagging, std::ostream& out);

}  // namespace returns
