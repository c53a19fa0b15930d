#include "pipeline/serve/http.h"

namespace returns::serve {

std::string HttpRequest::Param(const std::string& name) const {
  const auto it = params.find(name);
  return it == params.end() ? std::string() : it->second;
}

std::vector<std::string> HttpRequest::Params(const std::string& name) const {
  std::vector<std::string> out;
  for (auto [it, end] = params.equal_range(name); it != end; ++it) out.push_back(it->second);
  return out;
}

std::string HttpResponse::Header(const std::string& name) const {
  for (const auto& [k, v] : headers) {
    if (k == name) return v;
  }
  return {};
}

HttpResponse Redirect(const std::string& location) {
  HttpResponse r;
  r.status = 303;
  r.content_type = "text/plain; charset=utf-8";
  r.body = "See " + location + "\n";
  r.headers.emplace_back("Location", location);
  return r;
}

HttpResponse Download(std::string body, const std::string& content_type, const std::string& file_name) {
  HttpResponse r;
  r.content_type = content_type;
  r.body = std::move(body);
  r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  return r;
}

}  // namespace returns::serve
