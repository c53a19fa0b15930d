// The web server module (libreturns_http.so): cpp-httplib behind the two
// calls of server_module.h. Only its entry point, returns_http_module, is
// visible outside it.
#include "pipeline/serve/server_module.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <atomic>

namespace returns::serve {
namespace {

std::atomic<httplib::Server*> g_server{nullptr};

HttpRequest FromHttplib(const httplib::Request& in) {
  HttpRequest out;
  out.method = in.method;
  out.path = in.path;
  for (const auto& [name, value] : in.params) out.params.emplace(name, value);
  out.host = in.get_header_value("Host");
  out.origin = in.get_header_value("Origin");
  return out;
}

void ToHttplib(const HttpResponse& in, httplib::Response& out) {
  out.status = in.status;
  for (const auto& [name, value] : in.headers) out.set_header(name, value);
  out.set_content(in.body, in.content_type.c_str());
}

Status ServeHttp(const Handler& handler, size_t max_body_bytes, const ListenOptions& options,
                 const std::function<void(int port)>& listening) {
  httplib::Server server;
  // SO_REUSEADDR (a restart may reuse the port at once), never httplib's
  // default SO_REUSEPORT, under which a second server on the same port would
  // start without a word and take half the requests.
  // TCP_NODELAY: httplib writes a response's headers and body apart, and
  // without it Nagle's algorithm holds the body until the browser's delayed
  // ACK, 40 ms on every request (scripts/bench-serve showed it).
  server.set_socket_options([](int sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
  });
  server.set_payload_max_length(max_body_bytes);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(30, 0);
  auto handle = [&handler](const httplib::Request& req, httplib::Response& res) {
    ToHttplib(handler(FromHttplib(req)), res);
  };
  // One handler for every path: the App routes.
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Options(".*", handle);
  server.Put(".*", handle);
  server.Delete(".*", handle);
  server.Patch(".*", handle);
  server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    res.status = 500;
    res.set_content("The server failed on this request; the terminal running 'returns serve' may say more.\n",
                    "text/plain; charset=utf-8");
  });
  const int port = options.port == 0 ? server.bind_to_any_port(options.bind)
                                     : (server.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (port < 0) {
    return Status::IOError(options.bind + ":" + std::to_string(options.port),
                           "cannot listen here (the port is in use, or the address is not this machine's); "
                           "try another --port");
  }
  g_server.store(&server);
  if (listening) listening(port);
  const bool ok = server.listen_after_bind();
  g_server.store(nullptr);
  if (!ok) return Status::IOError(options.bind + ":" + std::to_string(port), "the server stopped unexpectedly");
  return Status::OK();
}

void StopHttp() {
  if (httplib::Server* s = g_server.load()) s->stop();
}

}  // namespace
}  // namespace returns::serve

extern "C" __attribute__((visibility("default"))) const returns::serve::HttpModule* returns_http_module() {
  static const returns::serve::HttpModule module{returns::serve::kHttpModuleAbi, &returns::serve::ServeHttp,
                                                  &returns::serve::StopHttp};
  return &module;
}
