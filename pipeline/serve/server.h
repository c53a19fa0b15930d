// Serving an App over HTTP (cpp-httplib, Debian's libcpp-httplib-dev): the
// one place the web app meets a socket. Requests are turned into HttpRequest
// values, bounded on the way in (the request line and headers by httplib, the
// body by ServeOptions::max_body_bytes), answered by App::Handle on
// httplib's worker threads, and turned back into responses.
#pragma once

#include <functional>
#include <string>

#include "corpus/base/status.h"
#include "pipeline/serve/app.h"

namespace returns::serve {

struct ListenOptions {
  std::string bind = "127.0.0.1";  // the address to listen on; 0.0.0.0 or a LAN address opens the page to others
  int port = 8080;                 // 0: any free port (the port chosen is passed to `listening`)
};

// Listens and serves until Stop() (or a signal ends the process). Calls
// `listening` with the port once requests can be taken. Fails when the
// address cannot be bound (in use, not this machine's).
Status Serve(App& app, const ListenOptions& options, const std::function<void(int port)>& listening);

// Makes Serve() return; safe from a signal handler's thread.
void StopServing();

}  // namespace returns::serve
