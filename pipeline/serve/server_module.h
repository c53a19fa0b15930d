// The web server module's entry point: what libreturns_http.so
// (server_httplib.cpp, cpp-httplib with OpenSSL) gives the program, which
// loads it with LoadModule (corpus/base/module.h) when `returns serve`
// starts — so no other command loads cpp-httplib or OpenSSL. The module
// sees the app only as a function from request to response. Both sides are
// built together; `abi` guards against a module left from another build: it
// changes with the calls' names and the sizes of this struct, HttpRequest,
// HttpResponse, ListenOptions, Status and Handler (raise its version by hand
// when a type changes without changing size).
#pragma once

#include <cstddef>
#include <functional>

#include "corpus/base/module.h"
#include "corpus/base/status.h"
#include "pipeline/serve/http.h"

namespace returns::serve {

using Handler = std::function<HttpResponse(const HttpRequest&)>;

struct HttpModule {
  int abi = 0;
  // Serve() and StopServing() (server.h), with App::Handle as `handle` and
  // ServeOptions::max_body_bytes as `max_body_bytes`.
  Status (*serve)(const Handler& handle, size_t max_body_bytes, const ListenOptions& options,
                  const std::function<void(int port)>& listening) = nullptr;
  void (*stop)() = nullptr;
};

// The calls' names and the sizes of what crosses (module.h: CallTableAbi).
inline constexpr int kHttpModuleAbi =
    CallTableAbi(1, "serve,stop,", sizeof(HttpModule) + sizeof(HttpRequest) + sizeof(HttpResponse) +
                                       sizeof(ListenOptions) + sizeof(Status) + sizeof(Handler));

}  // namespace returns::serve

extern "C" const returns::serve::HttpModule* returns_http_module();
