#include "pipeline/reports/appendix_docx.h"

#include <filesystem>
#include <fstream>

#include "pipeline/writers/run_program.h"

namespace returns {

Status WriteAppendixDocx(const std::vector<CommentRecord>& comments, const AppendixOptions& options,
                         const std::string& out) {
  const std::string html = out + ".html.partial";
  {
    std::ofstream f(html, std::ios::binary);
    if (!f) return Status::IOError(out, "cannot write");
    WriteAppendix(comments, options, AppendixFormat::kHtml, f);
    if (!f.flush()) return Status::IOError(out, "write failed");
  }
  const std::string partial = out + ".partial.docx";
  const Status converted = RunProgram({"pandoc", "-f", "html", "-t", "docx", "-o", partial, html});
  std::error_code ec;
  std::filesystem::remove(html, ec);
  if (converted.code() == Status::Code::kNotFound) {
    return Status::NotFound("appendix", "--format docx needs pandoc (Debian package 'pandoc')");
  }
  if (!converted.ok()) {
    std::filesystem::remove(partial, ec);
    return Status::IOError(out, "pandoc could not write the docx file (" + converted.message() + ")");
  }
  std::filesystem::rename(partial, out, ec);
  if (ec) return Status::IOError(out, ec.message());
  return Status::OK();
}

}  // namespace returns
