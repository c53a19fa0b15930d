#include "pipeline/serve/app.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <random>

#include "index/query/database_lexicon.h"
#include "index/query/facet_table_file.h"
#include "lexicon/redact/redaction_setup.h"
#include "pipeline/serve/assets.h"
#include "pipeline/serve/page.h"
#include "pipeline/serve/pages.h"

namespace returns::serve {
namespace {

// 128 random bits as hex, from the system's random source.
std::string MakeToken() {
  std::random_device random;
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 8; ++i) {
    const unsigned v = random();
    for (int shift = 0; shift < 16; shift += 4) out += kHex[(v >> shift) & 15];
  }
  return out;
}

// Compares in time independent of where they differ.
bool SameToken(const std::string& a, const std::string& b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// The host name of a Host header ("127.0.0.1:8080" → "127.0.0.1", "[::1]:80" → "[::1]").
std::string HostName(const std::string& host) {
  if (!host.empty() && host[0] == '[') {
    const size_t close = host.find(']');
    return close == std::string::npos ? host : host.substr(0, close + 1);
  }
  return host.substr(0, host.find(':'));
}

bool LocalHost(const std::string& host) {
  const std::string name = HostName(host);
  return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
}

}  // namespace

void AddSafetyHeaders(HttpResponse& r) {
  r.headers.emplace_back("Content-Security-Policy",
                         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                         "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  r.headers.emplace_back("X-Content-Type-Options", "nosniff");
  // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with a form.
  r.headers.emplace_back("Referrer-Policy", "same-origin");
  r.headers.emplace_back("X-Frame-Options", "DENY");
  if (r.Header("Cache-Control").empty()) r.headers.emplace_back("Cache-Control", "no-store");
}

App::App(ServeOptions options) : options_(std::move(options)), corrections_(options_.corrections_path), token_(MakeToken()) {}

Result<std::unique_ptr<App>> App::Open(ServeOptions options) {
  if (options.db.empty()) return Status::InvalidInput("serve", "--db DIR is required");
  if (options.corrections_path.empty()) return Status::InvalidInput("serve", "no corrections file given");
  if (options.page_size == 0) options.page_size = 20;
  std::unique_ptr<App> app(new App(std::move(options)));
  if (Status s = app->corrections_.CheckWritable(); !s.ok()) return s;
  std::lock_guard<std::mutex> lock(app->mutex_);
  if (Status s = app->Refresh(); !s.ok()) return s;
  return app;
}

Status App::LoadLexicon() {
  // --lexicon, else the lexicon the database keeps — its text, so labels do
  // not change when the file it was read from is edited or moved
  // (database_lexicon.h) — else, for a database that keeps none, the default.
  const std::string key = options_.lexicon_path + "\n" + info_.lexicon_format + "\n" + info_.lexicon_text + "\n" +
                          info_.lexicon_name + "\n" + info_.lexicon_version;
  if (matcher_ && key == lexicon_key_) return Status::OK();
  Result<Lexicon> lexicon = DatabaseLexicon(*index_, options_.lexicon_path);
  if (!lexicon.ok()) return lexicon.status();
  Result<Matcher> matcher = Matcher::Compile(lexicon.value());
  if (!matcher.ok()) return matcher.status();
  std::vector<ThemeLabel> labels;
  for (const Theme& t : lexicon.value().themes) labels.push_back({t.id, t.label});
  themes_ = ThemeCatalog(std::move(labels));
  matcher_.emplace(std::move(matcher).value());
  // Redaction of exports: the register's and the lexicon's names kept. Without
  // a word list the page still serves; a redacted export then says why not.
  redactor_.reset();
  redactor_initials_.reset();
  redact_error_.clear();
  Result<Register> reg = Register::Load(Register::DefaultPath());
  RedactSettings settings = options_.redact;
  Result<Redactor> named = reg.ok() ? BuildRedactor(reg.value(), lexicon.value(), settings) : Result<Redactor>(reg.status());
  settings.style = RedactStyle::kInitials;
  Result<Redactor> initials = reg.ok() ? BuildRedactor(reg.value(), lexicon.value(), settings) : Result<Redactor>(reg.status());
  if (named.ok() && initials.ok()) {
    redactor_.emplace(std::move(named).value());
    redactor_initials_.emplace(std::move(initials).value());
  } else {
    redact_error_ = (named.ok() ? initials.status() : named.status()).ToString();
  }
  lexicon_key_ = key;
  return Status::OK();
}

Status App::Refresh() {
  bool changed = false;
  if (index_) {
    Result<bool> reopened = index_->Reopen();
    if (reopened.ok()) {
      changed = reopened.value();
    } else {
      index_.reset();  // removed or being rebuilt: open it again below
    }
  }
  if (!index_) {
    Result<IndexReader> opened = IndexReader::Open(options_.db);
    if (!opened.ok()) return opened.status();
    index_.emplace(std::move(opened).value());
    changed = true;
  }
  // What depends on the revision is made again until it has been made for
  // this one: a failure here must not leave the last revision's in place.
  if (changed) stale_ = true;
  if (!stale_) return Status::OK();
  table_.reset();
  Result<IndexInfo> info = index_->Info();
  if (!info.ok()) return info.status();
  info_ = std::move(info).value();
  // Every comment's facets, for counts and summaries: the one `index` kept
  // for this revision, or built (about 3 s for a million comments, paid here
  // once a revision). Without it (remote shards) pages read the documents.
  if (std::optional<FacetTable> kept = FacetTableFor(*index_)) {
    table_.emplace(std::move(*kept));
  } else if (Result<FacetTable> table = FacetTable::Build(*index_); table.ok()) {
    table_.emplace(std::move(table).value());
  }
  if (Status s = LoadLexicon(); !s.ok()) return s;
  stale_ = false;
  return Status::OK();
}

HttpResponse App::Handle(const HttpRequest& request) {
  const auto start = std::chrono::steady_clock::now();
  HttpResponse response = Route(request);
  AddSafetyHeaders(response);
  // The time this request took in the server (W3C Server-Timing: a browser's
  // developer tools show it; scripts/bench-serve reads it).
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  char timing[48];
  std::snprintf(timing, sizeof timing, "app;dur=%.1f", ms);
  response.headers.emplace_back("Server-Timing", timing);
  return response;  // for HEAD the server sends the headers only (Content-Length as for GET)
}

HttpResponse App::Route(const HttpRequest& request) {
  if (options_.local_only && !request.host.empty() && !LocalHost(request.host)) {
    return ErrorPage(nullptr, 403, "Not here",
                     "This page answers only at 127.0.0.1 or localhost (the request was addressed to '" +
                         request.host + "').");
  }
  const bool read = request.method == "GET" || request.method == "HEAD";
  if (request.path.rfind("/assets/", 0) == 0 && read) {
    const Asset* asset = FindAsset(request.path.substr(8));
    if (!asset) return ErrorPage(nullptr, 404, "Not found", "There is no such file.");
    HttpResponse r;
    r.content_type = asset->content_type;
    r.body = std::string(asset->bytes);
    r.headers.emplace_back("Cache-Control", "max-age=3600");
    return r;
  }
  const bool post = request.method == "POST";
  if (!read && !post) {
    HttpResponse r = ErrorPage(nullptr, 405, "Not allowed", "This page takes GET, HEAD and POST only.");
    r.headers.emplace_back("Allow", "GET, HEAD, POST");
    return r;
  }
  if (post) {
    if (request.path != "/corrections") {
      HttpResponse r = ErrorPage(nullptr, 405, "Not allowed", "Only corrections are sent to this page.");
      r.headers.emplace_back("Allow", "GET, HEAD");
      return r;
    }
    if (!request.origin.empty() && request.origin != "http://" + request.host) {
      return ErrorPage(nullptr, 403, "The correction was not saved",
                       "The form was sent from another site (" + request.origin + "), not from this page.");
    }
    if (!SameToken(request.Param("token"), token_)) {
      return ErrorPage(nullptr, 403, "The correction was not saved",
                       "The form did not carry this page's token: it was not sent from this page, or the page is "
                       "older than the server. Reload the page and try again.");
    }
  }
  std::lock_guard<std::mutex> lock(mutex_);
  if (Status s = Refresh(); !s.ok()) {
    return ErrorPage(nullptr, 503, "The database cannot be read just now", s.ToString(),
                     "<p>If an <code>index</code> run is rebuilding it, wait for it to finish and reload this page.</p>\n");
  }
  const Site site{*index_, info_, themes_, *matcher_, options_, corrections_, token_,
                  redactor_ ? &*redactor_ : nullptr, redactor_initials_ ? &*redactor_initials_ : nullptr, redact_error_,
                  table_ ? &*table_ : nullptr};
  const std::string& path = request.path;
  if (post) return PostCorrection(site, request);
  if (path == "/") return SearchPage(site, request);
  if (path == "/comment") return CommentPage(site, request);
  if (path == "/corrections") return CorrectionsPage(site, request);
  if (path == "/export") return ExportSelection(site, request);
  if (path == "/themes") return ThemesPage(site, request);
  if (path == "/theme") return ThemePage(site, request);
  if (path == "/summary") return SummaryPage(site, request);
  return ErrorPage(&site, 404, "No such page", "There is no page " + path + " here.");
}

ThemeCatalog::ThemeCatalog(std::vector<ThemeLabel> themes) : themes_(std::move(themes)) {
  for (size_t i = 0; i < themes_.size(); ++i) index_[themes_[i].id] = i;
}

const std::string& ThemeCatalog::Label(const std::string& id) const {
  const auto it = index_.find(id);
  return it == index_.end() ? id : themes_[it->second].label;
}

}  // namespace returns::serve
