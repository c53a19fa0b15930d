#include "pipeline/reports/refi_common.h"

#include <boost/uuid/name_generator_sha1.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace returns::refi {
namespace {

// Our namespace: UUID v5 of "https://returns/refi-qda" in the URL namespace.
const boost::uuids::uuid& Namespace() {
  static const boost::uuids::uuid ns = boost::uuids::name_generator_sha1(boost::uuids::ns::url())("https://returns/refi-qda");
  return ns;
}

}  // namespace

std::string Guid(std::string_view kind, std::string_view name) {
  std::string key(kind);
  key += ':';
  key += name;
  return boost::uuids::to_string(boost::uuids::name_generator_sha1(Namespace())(key));
}

std::string CodeGuid(std::string_view theme_id) { return Guid("code", theme_id); }
std::string PendingCodeGuid() { return Guid("pending-code", ""); }
std::string UserGuid() { return Guid("user", "returns"); }

}  // namespace returns::refi
