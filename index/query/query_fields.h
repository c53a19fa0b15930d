// The filter fields typed in a search query, found where Xapian's parser
// finds them: `field:word` or `field:"words with spaces"`, the field at the
// start of the query or after a space, a tab, '(', '+' or '-'. The fields are
// theme, pending, district, collaborative, lead, question, round and
// attribute; an attribute names its attribute and value in one of three ways:
//
//   attribute:email=jo@school.org
//   attribute:respondent="Jo Smith"
//   attribute:"respondent=Jo Smith"
//
// QueryFields("district:Dover attribute:respondent=\"Jo Smith\" trust")
//   → {district, "", "Dover"}, {attribute, "respondent", "Jo Smith"}
//
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

namespace returns {

struct QueryField {
  std::string field;  // "district", "attribute", …
  std::string name;   // an attribute's name (empty for the other fields, and for an attribute with no '=')
  std::string value;  // without its quotes
  size_t start = 0;   // where the field's name starts in the query
  size_t begin = 0;   // where the value's text (quotes included; an attribute's name and '=' included) starts
  size_t end = 0;     // where it ends
};

// The fields of `query`, in order. A field with an empty value is left out,
// but for an attribute (which then says what is missing: search.cpp).
std::vector<QueryField> QueryFields(const std::string& query);

}  // namespace returns
