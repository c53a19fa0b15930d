#include "pipeline/serve/server.h"

#include <atomic>

#include "corpus/base/module.h"
#include "pipeline/serve/server_module.h"

namespace returns::serve {
namespace {

std::atomic<const HttpModule*> g_module{nullptr};

Result<const HttpModule*> Module() {
  return LoadModule<HttpModule>("http", "returns_http_module", kHttpModuleAbi);
}

}  // namespace

Status LoadServer() { return Module().status(); }

Status Serve(App& app, const ListenOptions& options, const std::function<void(int port)>& listening) {
  Result<const HttpModule*> module = Module();
  if (!module.ok()) return module.status();
  g_module.store(module.value());
  return module.value()->serve([&app](const HttpRequest& request) { return app.Handle(request); },
                               app.options().max_body_bytes, options, listening);
}

void StopServing() {
  if (const HttpModule* module = g_module.load()) module->stop();
}

}  // namespace returns::serve
