#include "corpus/register/return_id.h"

#include "corpus/text/words.h"

namespace returns {

std::string Slug(std::string_view text) { return AsciiKey(text, '-'); }

std::string MakeReturnId(const Return& r) {
  const std::string& collaborative = r.collaborative_canonical ? *r.collaborative_canonical : r.collaborative;
  std::string lead = "no-lead";
  if (!r.lead_schools_canonical.empty()) lead = Slug(r.lead_schools_canonical.front());
  else if (!r.lead_schools.empty()) lead = Slug(r.lead_schools.front());
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on the operator+ chain.
  std::string id = "q";
  id += std::to_string(r.question);
  id += '/';
  id += Slug(collaborative);
  id += '/';
  id += lead;
  return id;
}

std::string MakeCommentId(const Return& r, const Comment& c) { return r.id + "#" + std::to_string(c.position); }

}  // namespace returns
