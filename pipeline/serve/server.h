// Serving an App over HTTP (cpp-httplib, Debian's libcpp-httplib-dev, in
// the web server module libreturns_http.so, loaded when serving starts:
// server_module.h): the one place the web app meets a socket. Requests are turned into HttpRequest
// values, bounded on the way in (the request line and headers by httplib, the
// body by ServeOptions::max_body_bytes), answered by App::Handle on
// httplib's worker threads, and turned back into responses.
#pragma once

#include <functional>
#include <string>

#include "corpus/base/status.h"
#include "pipeline/serve/app.h"

namespace returns::serve {

// Listens and serves until Stop() (or a signal ends the process). Calls
// `listening` with the port once requests can be taken. Fails when the
// address cannot be bound (in use, not this machine's), or (IOError) when
// the web server module cannot be loaded.
Status Serve(App& app, const ListenOptions& options, const std::function<void(int port)>& listening);

// Loads the web server module now (Serve() would at its start): `serve`
// checks it before the slower work of opening the index.
Status LoadServer();

// Makes Serve() return; safe from a signal handler's thread.
void StopServing();

}  // namespace returns::serve
