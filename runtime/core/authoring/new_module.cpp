// A new module in a course. See new_module.h.
#include "authoring/new_module.h"

#include "authoring/module_template.h"
#include "load/course_loader.h"
#include "load/load_error.h"
#include "platform/private_files.h"
#include "util/file_read.h"
#include "util/slug.h"

#include <filesystem>
#include <optional>
#include <regex>

namespace lectern {
namespace {

namespace fs = std::filesystem;

NewModuleResult result(NewModuleResult::Status status, std::string message) {
    NewModuleResult r;
    r.status = status;
    r.message = std::move(message);
    return r;
}

// Replaced whole, keeping the mode of a file replaced (course.yaml).
bool writeText(const fs::path& target, const std::string& text) {
    std::string ignored;
    return platform::writeWholeFile(target.string(), text, ignored);
}

// The lines of `text` with their line ends.
std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        end = end == std::string::npos ? text.size() : end + 1;
        lines.push_back(text.substr(start, end - start));
        start = end;
    }
    return lines;
}

std::string withoutEnd(const std::string& line) {
    std::string s = line;
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    return s;
}

} // namespace

// course.yaml with `id` added at the end of its top-level `modules:` list, in the list's own
// style (a block list "  - id" or a one-line "[a, b]"); nullopt when there is no such list.
std::optional<std::string> addToModulesList(const std::string& yaml, const std::string& id) {
    std::vector<std::string> lines = splitLines(yaml);
    const std::string eol = yaml.find("\r\n") != std::string::npos ? "\r\n" : "\n";
    static const std::regex block(R"(^modules:\s*(#.*)?$)");
    static const std::regex flow(R"(^(modules:\s*\[)([^\]#]*)(\]\s*(#.*)?)$)");
    static const std::regex item(R"(^(\s*)-\s.*$)");
    static const std::regex other(R"(^\S.*$)");  // a line at column 1: the next key
    for (size_t k = 0; k < lines.size(); ++k) {
        const std::string line = withoutEnd(lines[k]);
        std::smatch m;
        if (std::regex_match(line, m, flow)) {
            std::string inside = m[2].str();
            while (!inside.empty() && (inside.back() == ' ' || inside.back() == '\t')) inside.pop_back();
            lines[k] = m[1].str() + inside + (inside.find_first_not_of(" \t") == std::string::npos ? "" : ", ") + id +
                       m[3].str() + eol;
            std::string out;
            for (const std::string& l : lines) out += l;
            return out;
        }
        if (!std::regex_match(line, block)) continue;
        // The list runs while lines are items, indented, blank or comments; the new item goes
        // after its last item line (comments below it belong to what follows).
        size_t last = k;
        std::string indent = "  ";
        for (size_t j = k + 1; j < lines.size(); ++j) {
            const std::string l = withoutEnd(lines[j]);
            const size_t firstChar = l.find_first_not_of(" \t");
            if (firstChar == std::string::npos || l[firstChar] == '#') continue;
            if (std::regex_match(l, other) && l[0] != '-') break;
            std::smatch im;
            if (std::regex_match(l, im, item)) indent = im[1].str();
            last = j;
        }
        if (lines[last].empty() || lines[last].back() != '\n') lines[last] += eol;
        lines.insert(lines.begin() + long(last) + 1, indent + "- " + id + eol);
        std::string out;
        for (const std::string& l : lines) out += l;
        return out;
    }
    return std::nullopt;
}

NewModuleResult createModule(const std::string& courseDir, const std::string& id) {
    using Status = NewModuleResult::Status;
    if (!isValidId(id) || id.find('.') != std::string::npos)
        return result(Status::BadId, "'" + id + "' is not a module id: use letters, digits, '-' and '_', starting with a "
                                     "letter or digit (for example 'data-protection')");
    if (std::optional<LoadError> problem = courseFolderProblem(courseDir, "--course DIR"))
        return result(Status::BadCourse, problem->message);

    const fs::path root(courseDir), folder = root / "modules" / id, manifest = root / "content" / "course.yaml";
    std::error_code ec;
    if (fs::exists(fs::symlink_status(folder, ec)))
        return result(Status::Exists, folder.string() + " already exists; choose another id");
    const LoadResult before = loadCourse(root);
    if (before.course->findModule(id)) return result(Status::Exists, "the course already has a module '" + id + "'");

    std::optional<std::string> newManifest;
    std::string oldManifest;
    const bool hasManifest = fs::exists(manifest, ec);
    if (hasManifest) {
        FileRead r = readFileBounded(manifest);
        if (!r.ok()) return result(Status::Failed, manifest.string() + ": " + r.message);
        oldManifest = r.bytes;
        if (std::regex_search(oldManifest, std::regex("(^|\n)\\s*-\\s*" + id + "\\s*(#[^\n]*)?(\r?\n|$)")))
            return result(Status::Exists, manifest.string() + " already lists '" + id + "'; choose another id");
        newManifest = addToModulesList(oldManifest, id);
    }

    fs::create_directories(folder, ec);
    if (ec) return result(Status::Failed, "cannot create " + folder.string() + ": " + ec.message());
    const auto undo = [&] {
        std::error_code ignored;
        fs::remove_all(folder, ignored);
        if (newManifest) writeText(manifest, oldManifest);
    };
    if (!writeText(folder / "module.md", moduleTemplate(id, todayUtc()))) {
        undo();
        return result(Status::Failed, "cannot write " + (folder / "module.md").string());
    }
    if (newManifest && !writeText(manifest, *newManifest)) {
        undo();
        return result(Status::Failed, "cannot write " + manifest.string());
    }
    // Read back: the course must now hold the module.
    const LoadResult after = loadCourse(root);
    if (!after.course->findModule(id)) {
        undo();
        return result(Status::Failed, "could not add '" + id + "' to " + manifest.string() +
                                          "; nothing was changed. Add it under 'modules:' by hand.");
    }
    NewModuleResult r = result(Status::Created, "");
    r.moduleFile = (folder / "module.md").string();
    r.listed = newManifest.has_value();
    if (r.listed) r.message = "Created " + r.moduleFile + " and added '" + id + "' to the end of " + manifest.string();
    else if (hasManifest)
        r.message = "Created " + r.moduleFile + "; " + manifest.string() +
                    " has no 'modules:' list, so the course takes every module folder";
    else r.message = "Created " + r.moduleFile + " (the course has no content/course.yaml: it takes every module folder)";
    r.message += ". Check it with: lectern check " + folder.string();
    return r;
}

} // namespace lectern
