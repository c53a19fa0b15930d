#include "pipeline/writers/rejects_jsonl.h"

#include <nlohmann/json.hpp>

namespace returns {

void WriteRejectsJsonl(const std::vector<Reject>& rejects, std::ostream& out) {
  for (const Reject& r : rejects) {
    nlohmann::ordered_json j;
    j["source"] = r.source;
    j["line"] = r.line;
    j["reason"] = r.reason;
    j["detail"] = r.detail;
    j["raw"] = r.raw;
    out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
}

}  // namespace returns
