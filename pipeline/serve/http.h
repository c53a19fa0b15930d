// The web page's requests and responses as plain values: what the pages take
// and give, with no socket and no HTTP library, so every page can be tested
// by calling it. server.cpp turns cpp-httplib's requests into these and these
// into its responses. Plain values; copy freely.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace returns::serve {

struct HttpRequest {
  std::string method = "GET";  // GET, HEAD or POST
  std::string path = "/";      // without the query string
  std::multimap<std::string, std::string> params;  // query string and form fields, decoded, in order
  std::string host;    // the Host header
  std::string origin;  // the Origin header; empty when the browser sent none

  // The first value of `name`, or empty.
  std::string Param(const std::string& name) const;
  // Every value of `name`, in order.
  std::vector<std::string> Params(const std::string& name) const;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type: Location, Content-Disposition…

  // The value of header `name` (case as written here), or empty.
  std::string Header(const std::string& name) const;
};

struct ListenOptions {
  std::string bind = "127.0.0.1";  // the address to listen on; 0.0.0.0 or a LAN address opens the page to others
  int port = 8080;                 // 0: any free port (the port chosen is passed to `listening`)
};

// A 303 See Other to `location` (a path on this site): what a form's POST answers.
HttpResponse Redirect(const std::string& location);

// A file to save: `file_name` must be a plain name (see SafeFileName, export.h).
HttpResponse Download(std::string body, const std::string& content_type, const std::string& file_name);

}  // namespace returns::serve
