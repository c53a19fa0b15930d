#include "pipeline/serve/export_name.h"

#include <catch2/catch.hpp>

using returns::serve::ExportFileName;

TEST_CASE("export names say what the file holds", "[serve][export]") {
  CHECK(ExportFileName("appendix", "theme moderation, district Dover", "docx") ==
        "appendix-theme-moderation-district-dover.docx");
  CHECK(ExportFileName("summary", "all comments", "csv") == "summary-all-comments.csv");
  CHECK(ExportFileName("appendix", "query \"learning walk\"", "md") == "appendix-query-learning-walk.md");
}

TEST_CASE("export names cannot leave their folder nor break a header", "[serve][export]") {
  const std::string hostile[] = {"../../etc/passwd", "a/b\\c", "x\"; filename=evil.exe", "\r\nSet-Cookie: a=b",
                                 "<script>", "café – £125", std::string(500, 'z'), "", "...."};
  for (const std::string& h : hostile) {
    const std::string name = ExportFileName("appendix", h, "docx");
    INFO(name);
    CHECK(name.size() <= 130);
    CHECK(name.find("..") == std::string::npos);
    CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-.") == std::string::npos);
    CHECK(name.rfind("appendix", 0) == 0);
    CHECK(name.size() >= 5);
    CHECK(name.compare(name.size() - 5, 5, ".docx") == 0);
  }
  CHECK(ExportFileName("", "", "") == "export");
}
