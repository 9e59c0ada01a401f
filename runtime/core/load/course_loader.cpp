// Course loading. See course_loader.h.
//
// Index
//   [SECTION] Paths as displayed
//   [SECTION] One course folder (a "unit")
//   [SECTION] loadCourse, loadPaths
#include "load/course_loader.h"

#include "check/course_checks.h"
#include "check/variant_checks.h"
#include "load/glossary.h"
#include "load/manifest.h"
#include "load/module_parser.h"
#include "load/variant_files.h"
#include "util/file_read.h"
#include "util/slug.h"

#include <algorithm>
#include <map>
#include <set>

namespace lectern {
namespace fs = std::filesystem;
namespace {

//-----------------------------------------------------------------------------
// [SECTION] Paths as displayed
//-----------------------------------------------------------------------------

// Paths keep the form the user gave (relative stays relative) but lose "./", "x/.." and
// trailing slashes, so the same file always prints the same way.
std::string normalDisplay(const std::string& p) {
    std::string s = fs::path(p).lexically_normal().generic_string();
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s.empty() ? std::string(".") : s;
}

std::string joinDisplay(const std::string& base, const std::string& rel) {
    return normalDisplay((fs::path(base.empty() ? "." : base) / rel).generic_string());
}

bool exists(const std::string& p) {
    std::error_code ec;
    return fs::exists(p, ec);
}

bool isDir(const std::string& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

std::string folderName(const std::string& p) {
    std::error_code ec;
    fs::path abs = fs::absolute(p, ec).lexically_normal();
    std::string name = abs.filename().string();
    if (name.empty()) name = abs.parent_path().filename().string();
    return name;
}

// `file` is named <stem>.<tag><ext> for a tag of variantLanguageTags().
bool variantTag(const fs::path& file, const std::string& stem, const std::string& ext) {
    const std::string name = file.filename().string();
    const std::string prefix = stem + ".";
    if (name.size() <= prefix.size() + ext.size() || name.compare(0, prefix.size(), prefix) != 0 ||
        name.compare(name.size() - ext.size(), ext.size(), ext) != 0)
        return false;
    return isVariantLanguageTag(name.substr(prefix.size(), name.size() - prefix.size() - ext.size()));
}

//-----------------------------------------------------------------------------
// [SECTION] One course folder (a "unit")
//-----------------------------------------------------------------------------

struct Unit {
    std::shared_ptr<Course> course = std::make_shared<Course>();
    Diagnostics diags;
    std::vector<ModuleLoad> loads;  // parallel to course->modules
    std::vector<ModuleLoad> variantLoads;  // the translations' (their links are checked with the course)
    std::vector<std::string> fileOrder;
    bool decodeImages = false;  // ModuleParseOptions::decodeImages: true for check and inspect
    const std::atomic<bool>* cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// modules/<id>/module.<tag>.md beside a module.md: each parsed like the base (same limits,
// same options), checked against it, and kept in base.variants.
void loadModuleVariants(Unit& u, Module& base, const ModuleParseOptions& opt) {
    base.languages = {base.meta.language};
    if (fs::path(base.file).filename() != "module.md") return;  // a lone .md file has no translations
    std::vector<std::pair<std::string, std::shared_ptr<Module>>> variants;
    for (const VariantFile& v : findVariantFiles(opt.moduleDir, "module", ".md", u.course->root, u.diags)) {
        if (u.cancelled()) break;
        u.fileOrder.push_back(v.file);
        FileRead read = readFileBounded(v.file);
        if (!read.ok()) {
            u.diags.error(v.file, {}, read.message);
            continue;
        }
        ModuleLoad load = parseModuleText(read.bytes, v.file, opt);
        for (size_t q : load.quizzesWithoutPass)
            if (q < load.module->quizzes.size()) load.module->quizzes[q].passPercent = u.course->defaultPassPercent;
        u.diags.append(load.diagnostics);
        Module& variant = *load.module;
        checkVariantLanguage(v.file, v.tag, variant.meta.language, load.languageGiven, load.languagePos, u.diags);
        variant.meta.language = v.tag;  // the file name decides, so the catalogue and the switch agree
        checkModuleVariant(base, variant, u.diags);
        base.languages.push_back(v.tag);
        variants.emplace_back(v.tag, load.module);
        load.diagnostics = Diagnostics();
        u.variantLoads.push_back(std::move(load));
    }
    // Every variant lists the module's languages too: a view in any language can show them.
    for (auto& [tag, variant] : variants) {
        variant->languages = base.languages;
        base.variants[tag] = std::move(variant);
    }
}

void loadModuleFile(Unit& u, const std::string& file, const std::string& expectedId) {
    if (u.cancelled()) return;
    u.fileOrder.push_back(file);
    FileRead read = readFileBounded(file);
    if (!read.ok()) {
        u.diags.error(file, {}, read.message);
        return;
    }
    ModuleParseOptions opt;
    opt.moduleDir = normalDisplay(fs::path(file).parent_path().generic_string());
    opt.courseRoot = u.course->root;
    opt.expectedId = expectedId;
    opt.decodeImages = u.decodeImages;
    opt.cancel = u.cancel;
    ModuleLoad load = parseModuleText(read.bytes, file, opt);
    for (size_t q : load.quizzesWithoutPass)
        if (q < load.module->quizzes.size()) load.module->quizzes[q].passPercent = u.course->defaultPassPercent;
    u.diags.append(load.diagnostics);
    load.diagnostics = Diagnostics();
    loadModuleVariants(u, *load.module, opt);
    u.course->modules.push_back(load.module);
    u.loads.push_back(std::move(load));
}

// Folder names under modules/ holding a module.md, in name order; warns about the others.
std::vector<std::string> moduleFolders(Unit& u, const std::string& root) {
    std::vector<std::string> names;
    const std::string dir = joinDisplay(root, "modules");
    if (!isDir(dir)) return names;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_directory(ec)) continue;
        const std::string name = it->path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        // A module.md that is a symbolic link loop is loaded, so that its problem is reported.
        const std::string file = joinDisplay(dir, name + "/module.md");
        if (!exists(file) && regularFileProblem(file) == "file not found") {
            u.diags.warning(joinDisplay(dir, name), {}, "module folder has no module.md; it is skipped");
            continue;
        }
        names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

// content/course.<tag>.yaml and the glossary's translations (content/glossary.<tag>.md).
void loadCourseVariants(Unit& u, const Manifest& man, const std::string& glossaryFile, bool hasGlossary) {
    Course& course = *u.course;
    const std::string content = joinDisplay(course.root, "content");
    for (const VariantFile& v : findVariantFiles(content, "course", ".yaml", course.root, u.diags)) {
        u.fileOrder.push_back(v.file);
        FileRead read = readFileBounded(v.file);
        if (read.ok()) course.textVariants[v.tag] = parseCourseTextVariant(read.bytes, v.file, u.diags);
        else u.diags.error(v.file, {}, read.message);
    }
    const fs::path glossary(man.glossary);
    const std::string dir = normalDisplay(fs::path(glossaryFile).parent_path().generic_string());
    for (const VariantFile& v : findVariantFiles(dir, glossary.stem().string(), glossary.extension().string(), course.root, u.diags)) {
        u.fileOrder.push_back(v.file);
        FileRead read = readFileBounded(v.file);
        if (!read.ok()) {
            u.diags.error(v.file, {}, read.message);
            continue;
        }
        GlossaryLoad load = parseGlossaryText(read.bytes, v.file, course.root);
        u.diags.append(load.diagnostics);
        if (!hasGlossary) u.diags.error(v.file, {}, "a glossary translation needs the glossary itself: " + glossaryFile);
        else checkGlossaryVariant(course.glossary, load.entries, v.file, glossaryFile, u.diags);
        course.glossaryVariants[v.tag] = std::move(load.entries);
    }
}

// `extraFiles`: module files to load even when the course does not list them.
Unit loadUnit(const std::string& root, const std::vector<std::string>& extraFiles, bool decodeImages = false,
              const std::atomic<bool>* cancel = nullptr) {
    Unit u;
    u.decodeImages = decodeImages;
    u.cancel = cancel;
    Course& course = *u.course;
    course.root = root;
    course.id = slugify(folderName(root));
    course.title = folderName(root);

    Manifest man;
    const std::string manifestFile = joinDisplay(root, "content/course.yaml");
    if (exists(manifestFile)) {
        course.manifest = manifestFile;
        u.fileOrder.push_back(manifestFile);
        FileRead read = readFileBounded(manifestFile);
        if (read.ok()) man = parseManifestText(read.bytes, manifestFile, course, u.diags);
        else u.diags.error(manifestFile, {}, read.message);
    }

    // Module order: as listed in the manifest, else folder name order.
    const std::vector<std::string> onDisk = moduleFolders(u, root);
    std::vector<std::string> order;
    std::vector<std::string> notInCourse;
    if (man.modulesListed) {
        for (const ManifestEntry& e : man.modules) {
            if (std::find(onDisk.begin(), onDisk.end(), e.name) != onDisk.end()) order.push_back(e.name);
            else
                u.diags.error(manifestFile, e.pos, "module '" + e.name + "' is listed but there is no " +
                                                       joinDisplay(root, "modules/" + e.name + "/module.md"));
        }
        for (const std::string& name : onDisk)
            if (std::find(order.begin(), order.end(), name) == order.end()) {
                notInCourse.push_back(name);
                u.diags.warning(manifestFile, man.modulesPos, "module folder '" + name +
                                                                  "' is not listed under 'modules:'; learners will not see it");
            }
    } else {
        order = onDisk;
    }
    if (extraFiles.empty() && order.empty() && !man.modulesListed) {
        if (!isDir(root)) u.diags.error(root, {}, "course folder not found");
        else u.diags.warning(root, {}, "no modules in this course: each module is a file modules/<id>/module.md");
    }

    // Glossary.
    const std::string glossaryFile = joinDisplay(root, "content/" + man.glossary);
    GlossaryLoad glossary;
    bool hasGlossary = false;
    {
        std::error_code ec;
        const fs::path rel = fs::absolute(glossaryFile, ec).lexically_normal().lexically_relative(fs::absolute(root, ec).lexically_normal());
        if (rel.empty() || *rel.begin() == "..") {
            u.diags.error(manifestFile, man.glossaryPos, "glossary '" + man.glossary + "' leaves the course folder");
        } else if (exists(glossaryFile)) {
            u.fileOrder.push_back(glossaryFile);
            FileRead read = readFileBounded(glossaryFile);
            if (read.ok()) {
                glossary = parseGlossaryText(read.bytes, glossaryFile, root);
                hasGlossary = true;
                u.diags.append(glossary.diagnostics);
                course.glossary = glossary.entries;
            } else {
                u.diags.error(glossaryFile, {}, read.message);
            }
        } else if (man.glossaryExplicit) {
            u.diags.error(manifestFile, man.glossaryPos, "glossary file " + glossaryFile + " not found");
        }
    }

    loadCourseVariants(u, man, glossaryFile, hasGlossary);

    for (const std::string& name : order) loadModuleFile(u, joinDisplay(root, "modules/" + name + "/module.md"), name);
    for (const std::string& extra : extraFiles) {
        const std::string file = normalDisplay(extra);
        if (std::find(u.fileOrder.begin(), u.fileOrder.end(), file) != u.fileOrder.end()) continue;
        const fs::path p(file);
        std::error_code ec;
        const fs::path abs = fs::absolute(p, ec).lexically_normal();
        const bool inModules = p.filename() == "module.md" && abs.parent_path().parent_path().filename() == "modules";
        loadModuleFile(u, file, inModules ? abs.parent_path().filename().string() : std::string());
    }

    CourseCheckInput in;
    in.course = &course;
    for (const ModuleLoad& l : u.loads) in.modules.push_back({l.module.get(), &l.refs, &l.anchors});
    for (const ModuleLoad& l : u.variantLoads) in.variants.push_back({l.module.get(), &l.refs, &l.anchors});
    in.modulesOnDiskNotInCourse = notInCourse;
    in.glossaryRefs = &glossary.refs;
    in.glossaryFile = glossaryFile;
    in.hasGlossary = hasGlossary;
    checkCourseReferences(in, u.diags);
    return u;
}

// Orders diagnostics by file (load order), then line and column.
Diagnostics sorted(const Diagnostics& diags, const std::vector<std::string>& fileOrder) {
    std::map<std::string, size_t> rank;
    for (size_t i = 0; i < fileOrder.size(); ++i) rank.emplace(fileOrder[i], i);
    std::vector<Diagnostic> items = diags.items();
    const auto rankOf = [&](const std::string& f) {
        auto it = rank.find(f);
        return it == rank.end() ? fileOrder.size() : it->second;
    };
    std::stable_sort(items.begin(), items.end(), [&](const Diagnostic& a, const Diagnostic& b) {
        const size_t ra = rankOf(a.file), rb = rankOf(b.file);
        if (ra != rb) return ra < rb;
        if (ra == fileOrder.size() && a.file != b.file) return a.file < b.file;
        if (a.pos.line != b.pos.line) return a.pos.line < b.pos.line;
        return a.pos.col < b.pos.col;
    });
    Diagnostics out;
    for (Diagnostic& d : items) out.add(std::move(d));
    return out;
}

} // namespace

//-----------------------------------------------------------------------------
// [SECTION] loadCourse, loadPaths
//-----------------------------------------------------------------------------

PathKind classifyPath(const std::string& path) {
    std::error_code ec;
    const fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return PathKind::Missing;
    if (fs::is_directory(st)) {
        if (isDir(joinDisplay(path, "modules")) || exists(joinDisplay(path, "content/course.yaml"))) return PathKind::CourseFolder;
        if (exists(joinDisplay(path, "module.md"))) return PathKind::ModuleFolder;
        return PathKind::OtherFolder;
    }
    return fs::is_regular_file(st) ? PathKind::MarkdownFile : PathKind::OtherFile;
}

LoadResult loadCourse(const std::filesystem::path& courseDir, const std::atomic<bool>* cancel) {
    LoadResult r;
    try {
        Unit u = loadUnit(normalDisplay(courseDir.generic_string()), {}, false, cancel);
        r.cancelled = u.cancelled();
        r.diagnostics = sorted(u.diags, u.fileOrder);
        r.course = std::move(u.course);
    } catch (const std::exception& e) {
        r.diagnostics.error(courseDir.generic_string(), {}, std::string("cannot load the course: ") + e.what());
        auto empty = std::make_shared<Course>();
        empty->root = courseDir.generic_string();
        r.course = std::move(empty);
    }
    return r;
}

LoadResult loadPaths(const std::vector<std::string>& paths) {
    LoadResult r;
    auto merged = std::make_shared<Course>();
    bool first = true;
    std::set<std::string> glossaryIds;
    std::set<std::string> moduleFiles;  // a module named twice (course and its folder) counts once
    for (const std::string& given : paths) {
        const std::string path = normalDisplay(given);
        try {
            const PathKind kind = classifyPath(path);
            if (kind == PathKind::Missing) {
                r.diagnostics.error(path, {}, "no such file or folder");
                continue;
            }
            if (kind == PathKind::OtherFolder) {
                r.diagnostics.error(path, {}, "is neither a course folder (no modules/ or content/course.yaml) nor a module "
                                              "folder (no module.md)");
                continue;
            }
            if (kind == PathKind::OtherFile) {
                r.diagnostics.error(path, {}, "is not a regular file");
                continue;
            }
            Unit u;
            std::string onlyFile;
            std::error_code ec;
            const fs::path absPath = fs::absolute(path, ec).lexically_normal();
            const bool courseFile = kind == PathKind::MarkdownFile && absPath.parent_path().filename() == "content" &&
                                    (absPath.filename() == "course.yaml" || absPath.extension() == ".md" ||
                                     variantTag(absPath, "course", ".yaml"));
            // modules/<id>/module.<tag>.md: checked with its base module, only its own problems shown.
            const bool moduleVariant = kind == PathKind::MarkdownFile && variantTag(absPath, "module", ".md") &&
                                       exists((absPath.parent_path() / "module.md").string());
            if (kind == PathKind::CourseFolder) {
                u = loadUnit(path, {}, true);
            } else if (courseFile) {
                // content/course.yaml or content/glossary.md: checked as part of its course.
                onlyFile = path;
                u = loadUnit(joinDisplay(path, "../.."), {}, true);
            } else {
                onlyFile = kind == PathKind::ModuleFolder ? joinDisplay(path, "module.md") : path;
                if (moduleVariant) onlyFile = joinDisplay(path, "../module.md");
                const fs::path abs = fs::absolute(onlyFile, ec).lexically_normal();
                const std::string dir = normalDisplay(fs::path(onlyFile).parent_path().generic_string());
                // Inside a course when it sits in <course>/modules/<name>/ beside <course>/content/;
                // otherwise it is checked alone and its folder is its whole world.
                const bool inCourse = abs.parent_path().parent_path().filename() == "modules" &&
                                      isDir((abs.parent_path().parent_path().parent_path() / "content").string());
                u = loadUnit(inCourse ? joinDisplay(dir, "../..") : dir, {onlyFile}, true);
            }
            Diagnostics diags = sorted(u.diags, u.fileOrder);
            // A module's own problems include its translations' (beside it, module.<tag>.md).
            const auto ownFile = [&](const std::string& file) {
                if (moduleVariant) return file == path;
                if (onlyFile.empty() || file == onlyFile) return true;
                const fs::path f(file);
                return fs::path(onlyFile).filename() == "module.md" && f.parent_path() == fs::path(onlyFile).parent_path() &&
                       variantTag(f, "module", ".md");
            };
            for (const Diagnostic& d : diags.items())
                if (ownFile(d.file)) r.diagnostics.add(d);
            if (first) {
                const Course& c = *u.course;
                merged->id = c.id;
                merged->title = c.title;
                merged->summary = c.summary;
                merged->language = c.language;
                merged->root = c.root;
                merged->manifest = c.manifest;
                merged->completion = c.completion;
                merged->defaultPassPercent = c.defaultPassPercent;
                first = false;
            }
            for (const auto& m : u.course->modules)
                if ((onlyFile.empty() || m->file == onlyFile || courseFile) && moduleFiles.insert(m->file).second)
                    merged->modules.push_back(m);
            for (const GlossaryEntry& g : u.course->glossary)
                if (glossaryIds.insert(g.id).second) merged->glossary.push_back(g);
        } catch (const std::exception& e) {
            r.diagnostics.error(path, {}, std::string("cannot load: ") + e.what());
        }
    }
    r.course = std::move(merged);
    return r;
}

} // namespace lectern
