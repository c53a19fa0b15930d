#include <boost/program_options.hpp>

#include <csignal>
#include <filesystem>
#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/serve/app.h"
#include "pipeline/serve/server.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

void Stop(int) { serve::StopServing(); }

// Beside the (first) database: out/kent-2013/db → out/kent-2013/corrections.jsonl.
std::string DefaultCorrections(const std::string& db) {
  std::filesystem::path p(db);
  while (!p.empty() && !p.has_filename()) p = p.parent_path();  // "db/" → "db"
  const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
  return (dir / "corrections.jsonl").string();
}

bool Loopback(const std::string& bind) { return bind == "127.0.0.1" || bind == "localhost" || bind == "::1"; }

}  // namespace

int Serve(const std::vector<std::string>& args) {
  serve::ServeOptions options;
  serve::ListenOptions listen;
  po::options_description described("returns serve --db DIR [--port 8080] [--bind 127.0.0.1] [options]");
  described.add_options()
      ("db", po::value(&options.db), "database: a directory, a sharded directory or a stub file; repeatable")
      ("port", po::value(&listen.port)->default_value(8080), "port to listen on (0: any free port)")
      ("bind", po::value(&listen.bind)->default_value("127.0.0.1"),
       "address to listen on; anything but 127.0.0.1 lets other machines read the comments")
      ("corrections", po::value(&options.corrections_path),
       "JSON Lines file officers' corrections are appended to; default: corrections.jsonl beside the database")
      ("lexicon", po::value(&options.lexicon_path), "lexicon for theme labels; default: the one the database was built with")
      ("redact-list", po::value(&options.redact.redact_list), "exports without names: a file of names always redacted, one a line")
      ("keep-list", po::value(&options.redact.keep_list), "exports without names: a file of names and words never redacted");
  if (!ParseOptions(args, described, nullptr)) return kExitOk;
  if (options.db.empty()) return Fail(Status::InvalidInput("serve", "--db DIR is required"));
  if (listen.port < 0 || listen.port > 65535) return Fail(Status::InvalidInput("serve", "--port is 0-65535"));
  if (options.corrections_path.empty()) options.corrections_path = DefaultCorrections(options.db.front());
  options.local_only = Loopback(listen.bind);
  if (Status s = serve::LoadServer(); !s.ok()) return Fail(s);
  Result<std::unique_ptr<serve::App>> app = serve::App::Open(options);
  if (!app.ok()) return Fail(app.status());
  if (!options.local_only) {
    std::cerr << "returns serve: warning: listening on " << listen.bind
              << ": anyone who can reach it can read every comment and add corrections (there is no login)\n";
  }
  std::signal(SIGINT, Stop);
  std::signal(SIGTERM, Stop);
  const Status served = serve::Serve(*app.value(), listen, [&](int port) {
    const std::string host = listen.bind == "::1" ? "[::1]" : listen.bind == "0.0.0.0" ? "127.0.0.1" : listen.bind;
    std::cout << "returns serve: open http://" << host << ":" << port << "/ in a browser\n"
              << "  database:    " << options.db.front() << "\n"
              << "  corrections: " << options.corrections_path << "\n"
              << "Ctrl+C stops it." << std::endl;
  });
  if (!served.ok()) return Fail(served);
  std::cout << "returns serve: stopped" << std::endl;
  return kExitOk;
}

}  // namespace returns::cli
