#include "pipeline/writers/html.h"

namespace returns {

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string HtmlHead(const std::string& title, const std::string& extra_css) {
  return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + HtmlEscape(title) +
         "</title>\n<style>\n"
         "body { font-family: 'DejaVu Sans', Arial, sans-serif; margin: 2em; color: #222; max-width: 80em; }\n"
         "h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }\n"
         "table { border-collapse: collapse; margin: 1em 0; }\n"
         "th, td { border: 1px solid #999; padding: 0.3em 0.6em; vertical-align: top; }\n"
         "th { background: #e8eef5; text-align: left; } td.n { text-align: right; }\n"
         "svg text { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12px; }\n"
         "@media print { body { margin: 0; } h2 { break-before: auto; } tr, svg { break-inside: avoid; } }\n" +
         extra_css + "</style>\n</head>\n<body>\n";
}

}  // namespace returns
