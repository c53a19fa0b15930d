// Reading back the Word and Excel files the writers make, for their tests: a
// part of the zip parsed as XML (pugixml). Header-only.
#pragma once

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <memory>
#include <string>

#include "corpus/base/zip_archive.h"

namespace returns::test {

// The part `name` of the Office file `bytes`, parsed; fails the test when it is missing or not XML.
inline std::unique_ptr<pugi::xml_document> OfficePart(const std::string& bytes, const std::string& name) {
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "test");
  REQUIRE(zip.ok());
  Result<std::string> part = zip.value().Read(name);
  INFO(name);
  REQUIRE(part.ok());
  auto doc = std::make_unique<pugi::xml_document>();
  const pugi::xml_parse_result parsed = doc->load_buffer(part.value().data(), part.value().size());
  INFO(parsed.description());
  REQUIRE(parsed);
  return doc;
}

// Every element named `name` under `root`, in document order.
inline pugi::xpath_node_set All(const pugi::xml_document& doc, const std::string& name) {
  return doc.select_nodes(("//" + name).c_str());
}

// The text of a Word paragraph or cell: its w:t pieces joined.
inline std::string WordText(pugi::xml_node node) {
  std::string out;
  for (pugi::xpath_node t : node.select_nodes(".//w:t")) out += t.node().text().get();
  return out;
}

}  // namespace returns::test
