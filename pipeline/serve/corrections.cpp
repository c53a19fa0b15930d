#include "pipeline/serve/corrections.h"

#include <fcntl.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "corpus/base/utf8.h"

namespace returns::serve {
namespace {

bool Contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

Status Errno(const std::string& path, const std::string& what) {
  return Status::IOError(path, what + ": " + std::strerror(errno));
}

}  // namespace

const char* ActionName(CorrectionAction action) {
  return action == CorrectionAction::kWrong ? "wrong" : "missing";
}

bool ActionNamed(const std::string& name, CorrectionAction& out) {
  if (name == "wrong") out = CorrectionAction::kWrong;
  else if (name == "missing") out = CorrectionAction::kMissing;
  else return false;
  return true;
}

std::vector<std::string> CurrentThemes(const CommentRecord& comment, const std::vector<Correction>& earlier) {
  for (auto it = earlier.rbegin(); it != earlier.rend(); ++it) {
    if (it->id == comment.comment_key() && it->round == comment.round) return it->themes;
  }
  return comment.tagging().themes;
}

Result<Correction> MakeCorrection(const CommentRecord& comment, const std::vector<Correction>& earlier,
                                  CorrectionAction action, const std::string& theme, const std::string& at) {
  Correction c;
  c.id = comment.comment_key();
  c.round = comment.round;
  c.return_id = comment.return_id;
  c.question = comment.question;
  c.text = comment.text;
  c.tagged = comment.tagging().themes;
  c.themes = CurrentThemes(comment, earlier);
  c.action = action;
  c.theme = theme;
  c.at = at;
  const bool has = Contains(c.themes, theme);
  if (action == CorrectionAction::kWrong) {
    if (!has) return Status::InvalidInput("'" + theme + "' is not one of this comment's themes now");
    c.themes.erase(std::remove(c.themes.begin(), c.themes.end(), theme), c.themes.end());
  } else {
    if (has) return Status::InvalidInput("this comment has the theme '" + theme + "' already");
    c.themes.push_back(theme);
    std::sort(c.themes.begin(), c.themes.end());
  }
  return c;
}

std::string CorrectionLine(const Correction& c) {
  nlohmann::ordered_json j;
  j["id"] = c.id;
  j["round"] = c.round;
  j["return_id"] = c.return_id;
  if (c.question) j["question"] = c.question;
  j["text"] = c.text;
  j["themes"] = c.themes;
  j["tagged"] = c.tagged;
  j["correction"] = {{"action", ActionName(c.action)}, {"theme", c.theme}};
  j["at"] = c.at;
  return j.dump() + "\n";
}

Result<Correction> ReadCorrectionLine(const std::string& line, const std::string& where) {
  if (!CheckUtf8(line, where).ok()) return Status::InvalidInput(where, "invalid UTF-8");
  const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidInput(where, "not a JSON object");
  Correction c;
  auto text = [&](const char* name, std::string& out) {
    if (j.contains(name) && j[name].is_string()) out = j[name].get<std::string>();
  };
  auto list = [&](const char* name, std::vector<std::string>& out) {
    if (!j.contains(name) || !j[name].is_array()) return;
    for (const auto& t : j[name]) {
      if (t.is_string()) out.push_back(t.get<std::string>());
    }
  };
  text("id", c.id);
  text("round", c.round);
  text("return_id", c.return_id);
  text("text", c.text);
  text("at", c.at);
  if (j.contains("question") && j["question"].is_number_integer()) c.question = j["question"].get<int>();
  if (!j.contains("themes") || !j["themes"].is_array()) return Status::InvalidInput(where, "no \"themes\" list");
  list("themes", c.themes);
  list("tagged", c.tagged);
  if (j.contains("correction") && j["correction"].is_object()) {
    const auto& k = j["correction"];
    if (k.contains("action") && k["action"].is_string()) ActionNamed(k["action"].get<std::string>(), c.action);
    if (k.contains("theme") && k["theme"].is_string()) c.theme = k["theme"].get<std::string>();
  }
  return c;
}

Status CorrectionsFile::CheckWritable() const {
  std::error_code ec;
  const std::filesystem::path p(path_);
  if (std::filesystem::is_directory(p, ec)) return Status::InvalidInput(path_, "is a folder; give a file name");
  if (std::filesystem::exists(p, ec)) {
    if (::access(path_.c_str(), W_OK) != 0) return Errno(path_, "cannot append corrections here");
    return Status::OK();
  }
  const std::filesystem::path dir = p.has_parent_path() ? p.parent_path() : std::filesystem::path(".");
  if (!std::filesystem::is_directory(dir, ec)) return Status::InvalidInput(path_, "its folder does not exist");
  if (::access(dir.c_str(), W_OK) != 0) return Errno(path_, "cannot write corrections in its folder");
  return Status::OK();
}

Result<std::vector<Correction>> CorrectionsFile::ReadAll() const {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<Correction> out;
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    std::error_code ec;
    if (!std::filesystem::exists(path_, ec)) return out;
    return Status::IOError(path_, "cannot read the corrections");
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Result<Correction> c = ReadCorrectionLine(line, path_ + ":" + std::to_string(number));
    if (!c.ok()) return c.status();
    c.value().line = number;
    out.push_back(std::move(c).value());
  }
  if (in.bad()) return Status::IOError(path_, "cannot read the corrections");
  return out;
}

Status CorrectionsFile::Append(const Correction& c) {
  const std::string line = CorrectionLine(c);
  std::lock_guard<std::mutex> lock(mutex_);
  const int fd = ::open(path_.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) return Errno(path_, "cannot open the corrections file");
  size_t done = 0;
  while (done < line.size()) {
    const ssize_t n = ::write(fd, line.data() + done, line.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const Status s = Errno(path_, "cannot write the correction");
      ::close(fd);
      return s;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const Status s = Errno(path_, "cannot write the correction");
    ::close(fd);
    return s;
  }
  if (::close(fd) != 0) return Errno(path_, "cannot write the correction");
  return Status::OK();
}

}  // namespace returns::serve
