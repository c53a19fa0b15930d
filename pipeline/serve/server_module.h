// The web server module's entry point: what libreturns_http.so
// (server_httplib.cpp, cpp-httplib with OpenSSL) gives the program, which
// loads it with LoadModule (corpus/base/module.h) when `returns serve`
// starts — so no other command loads cpp-httplib or OpenSSL. The module
// sees the app only as a function from request to response. Both sides are
// built together; `abi` guards against a module left from an older build and
// changes whenever this struct, HttpRequest, HttpResponse or ListenOptions do.
#pragma once

#include <cstddef>
#include <functional>

#include "corpus/base/status.h"
#include "pipeline/serve/http.h"

namespace returns::serve {

inline constexpr int kHttpModuleAbi = 1;

using Handler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpModule {
  int abi = kHttpModuleAbi;
  // Serve() and StopServing() (server.h), with App::Handle as `handle` and
  // ServeOptions::max_body_bytes as `max_body_bytes`.
  Status (*serve)(const Handler& handle, size_t max_body_bytes, const ListenOptions& options,
                  const std::function<void(int port)>& listening) = nullptr;
  void (*stop)() = nullptr;
};

}  // namespace returns::serve

extern "C" const returns::serve::HttpModule* returns_http_module();
