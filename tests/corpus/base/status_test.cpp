#include "corpus/base/status.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using returns::Result;
using returns::Status;

TEST_CASE("ToString: location, then 'error:', then the message, OK alone", "[status]") {
  struct Row {
    Status status;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {Status::OK(), "OK"},
      {Status(), "OK"},
      {Status::InvalidInput("f.csv:3", "unknown column 'ID'"), "f.csv:3: error: unknown column 'ID'"},
      {Status::InvalidInput("no input files"), "error: no input files"},
      {Status::NotFound("db", "no such database"), "db: error: no such database"},
      {Status::NotFound("no such file"), "error: no such file"},
      {Status::IOError("out.csv", "disk full"), "out.csv: error: disk full"},
      {Status::IOError("disk full"), "error: disk full"},
      {Status::Corruption("db:7", "bad document"), "db:7: error: bad document"},
      {Status::Corruption("bad document"), "error: bad document"},
      {Status::Internal("tag", "unreachable"), "tag: error: unreachable"},
      {Status::Internal("unreachable"), "error: unreachable"},
  };
  for (const Row& row : rows) {
    INFO(row.expected);
    CHECK(row.status.ToString() == row.expected);
  }
}

TEST_CASE("each named constructor gives its code, location and message", "[status]") {
  using Code = Status::Code;
  CHECK(Status::OK().ok());
  CHECK(Status::OK().code() == Code::kOk);
  CHECK(Status::OK().location().empty());
  CHECK(Status::OK().message().empty());

  struct Row {
    Status status;
    Code code;
  };
  const std::vector<Row> rows = {
      {Status::NotFound("a:1", "m"), Code::kNotFound},     {Status::InvalidInput("a:1", "m"), Code::kInvalidInput},
      {Status::IOError("a:1", "m"), Code::kIOError},       {Status::Corruption("a:1", "m"), Code::kCorruption},
      {Status::Internal("a:1", "m"), Code::kInternal},
  };
  for (const Row& row : rows) {
    INFO(row.status.ToString());
    CHECK_FALSE(row.status.ok());
    CHECK(row.status.code() == row.code);
    CHECK(row.status.location() == "a:1");
    CHECK(row.status.message() == "m");
  }
  const Status bare = Status::InvalidInput("no input files");
  CHECK(bare.code() == Code::kInvalidInput);
  CHECK(bare.location().empty());
  CHECK(bare.message() == "no input files");
}

TEST_CASE("a status is a value: copies are equal and independent", "[status]") {
  Status a = Status::IOError("x.txt", "cannot read");
  const Status b = a;
  a = Status::OK();
  CHECK(a.ok());
  CHECK(b.code() == Status::Code::kIOError);
  CHECK(b.ToString() == "x.txt: error: cannot read");
}

TEST_CASE("Result holds a value", "[status]") {
  Result<std::string> r = std::string("kemsing");
  REQUIRE(r.ok());
  CHECK(r.status().ok());
  CHECK(r.status().ToString() == "OK");
  CHECK(r.value() == "kemsing");
  r.value() += "!";
  CHECK(r.value() == "kemsing!");
  const std::string moved = std::move(r).value();
  CHECK(moved == "kemsing!");

  const Result<std::vector<int>> v = std::vector<int>{1, 2, 3};
  REQUIRE(v.ok());
  CHECK(v.value() == std::vector<int>{1, 2, 3});
}

TEST_CASE("Result holds a failed status", "[status]") {
  const Result<int> r = Status::NotFound("q9.txt", "no such file");
  CHECK_FALSE(r.ok());
  CHECK(r.status().code() == Status::Code::kNotFound);
  CHECK(r.status().location() == "q9.txt");
  CHECK(r.status().ToString() == "q9.txt: error: no such file");
}

TEST_CASE("a Result holding zero holds a value, not a status", "[status]") {
  const Result<int> zero = 0;
  CHECK(zero.ok());
  CHECK(zero.value() == 0);
}
