// Names as people write them, brought to one form: how the register finds a
// collaborative or a school whose name is written a little differently from
// the register's ("Central Ashford Town Schools" for "Central Ashford Town
// Schools (CATS)", "Wickhambreaux Church of England Primary" for
// "Wickhambreaux CEP"), and how far apart two names are when they differ
// more (for "did you mean …?").
//
// The normal form of a name (NormalName), in this order:
//   - text in brackets is left out: "(CATS)", "[ (budget holder)]";
//   - ASCII letters and digits only, lower case; apostrophes dropped, every
//     other run of characters one space ("St Mary’s" → "st marys");
//   - "and" and "&" left out; a leading "the" left out;
//   - Church of England: "church of england", "c of e", "cofe", "coe", "c e"
//     (from "C.E.") are "ce", and "cep" is "ce primary";
//   - "roman catholic" and "rc" are "catholic"; "saint" is "st";
//     "infants" is "infant", "inf" is "infant", "jnr" is "junior";
//   - a last word "school" is left out when words remain ("Lyminge School" → "lyminge").
// A name's forms (NameForms) are its normal form and, when a bracket holds
// only an acronym (one word with two or more capitals: "(CATS)", "(RAiD)",
// "(DASCo)"), the acronym lower-cased: a return that writes "CATS" is read
// as the collaborative whose name ends "(CATS)".
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace returns {

std::string NormalName(std::string_view name);

// The normal form first, then the acronyms of bracketed parts; no empty forms.
std::vector<std::string> NameForms(std::string_view name);

// Levenshtein distance between two byte strings (normal forms are ASCII):
// insertions, deletions and substitutions, each 1.
size_t EditDistance(std::string_view a, std::string_view b);

// How alike two normal forms are, from 0 (nothing in common) to 1 (the
// same): the better of the edit distance over their distinctive words (the
// form without generic words, or the whole form when all are generic:
// 1 - distance / longer length) and the share of words the two have in common (words
// within one edit of each other for words of five letters or more count as
// the same; generic words — school, primary, junior, infant, ce, catholic,
// st, of, collaborative, collaboration, partnership, consortium, cluster,
// hub, alliance, group, federation, academy, trust, schools, learning,
// partners, network — weigh a quarter of others).
double NameSimilarity(std::string_view a, std::string_view b);

}  // namespace returns
