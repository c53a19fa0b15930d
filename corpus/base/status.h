// Status and Result<T>: how errors cross stage and library boundaries.
//
// Modelled on LevelDB's Status: a value, never an exception. A stage returns
// Status::OK() or a failure with a code, the place (file:line) and the
// problem; the CLI prints ToString() and picks the exit status from the code
// (pipeline/cli/cli.h: ExitStatus).
// Both types are cheap to copy and safe to use from any thread.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace returns {

class Status {
 public:
  enum class Code { kOk, kNotFound, kInvalidInput, kIOError, kCorruption, kInternal };

  Status() = default;
  static Status OK() { return Status(); }
  // Each kind, with or without a location: "file", "file:line", a database
  // directory, or the command whose option is wrong ("tag").
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, {}, std::move(msg)); }
  static Status NotFound(std::string at, std::string msg) { return Status(Code::kNotFound, std::move(at), std::move(msg)); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, {}, std::move(msg)); }
  static Status InvalidInput(std::string at, std::string msg) {
    return Status(Code::kInvalidInput, std::move(at), std::move(msg));
  }
  static Status IOError(std::string msg) { return Status(Code::kIOError, {}, std::move(msg)); }
  static Status IOError(std::string at, std::string msg) { return Status(Code::kIOError, std::move(at), std::move(msg)); }
  static Status Corruption(std::string msg) { return Status(Code::kCorruption, {}, std::move(msg)); }
  static Status Corruption(std::string at, std::string msg) {
    return Status(Code::kCorruption, std::move(at), std::move(msg));
  }
  static Status Internal(std::string msg) { return Status(Code::kInternal, {}, std::move(msg)); }
  static Status Internal(std::string at, std::string msg) { return Status(Code::kInternal, std::move(at), std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  // Where the problem is ("q2.csv:14"), or empty.
  const std::string& location() const { return location_; }
  // What the problem is, without the location ("unknown column 'ID'").
  const std::string& message() const { return message_; }
  // "q2.csv:14: error: unknown column 'ID'", "error: no input files", or "OK":
  // the one place the word "error:" is added.
  std::string ToString() const;

 private:
  Status(Code code, std::string location, std::string msg)
      : code_(code), location_(std::move(location)), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string location_;
  std::string message_;
};

// Either a value or a failed Status. REQUIRES: value() only when ok().
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}           // NOLINT: implicit on purpose
  Result(Status status) : state_(std::move(status)) {}    // NOLINT: implicit on purpose

  bool ok() const { return std::holds_alternative<T>(state_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(state_);
  }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace returns
