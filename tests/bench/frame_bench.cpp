// Frame bench: the learner UI's CPU time per frame, headless (no GPU), while scrolling through
// the longest bundled module and a generated 1 MB module. Prints figures; asserts nothing.
//
//   build/frame_bench [COURSE_DIR]     (default: the source tree's bundled course)
//
// Each frame is NewFrame + LecternUi::frame + Render (what the shell does besides the GL
// upload). The first frame of a module includes its layout and is reported apart.
#include "load/course_loader.h"
#include "platform/thread_role.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "store/progress_store.h"
#include "ui/keys.h"
#include "ui/lectern_ui.h"
#include "ui/layout/module_layout.h"
#include "ui/shaping/glyph_bitmaps.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern;
using Clock = std::chrono::steady_clock;

namespace {

struct Figures {
    double firstMs = 0, meanMs = 0, p95Ms = 0, maxMs = 0;
    int frames = 0, maxIndex = 0, atlasW = 0, atlasH = 0;
    long layouts = 0;
    int rebuilds = 0;          // atlas builds after the first frame (glyphs met while scrolling)
    long shapedMisses = 0;     // shaped glyphs asked for (ui/shaping/glyph_bitmaps.h)
    size_t shapedGlyphs = 0;
};

int maxDrawIndex() {
    int m = 0;
    ImDrawData* data = ImGui::GetDrawData();
    for (int i = 0; data && i < data->CmdListsCount; ++i)
        for (ImDrawIdx idx : data->CmdLists[i]->IdxBuffer) m = std::max(m, static_cast<int>(idx));
    return m;
}

// `language`: the text's language ("ar": the module's Arabic version), empty: as written.
Figures scrollThrough(std::shared_ptr<const Course> course, const std::string& moduleId, const fs::path& dbDir,
                      const std::string& language = "") {
    StoreOpenOptions so;
    so.path = (dbDir / ("bench-" + moduleId + ".db")).string();
    StoreOpenReport report;
    auto store = ProgressStore::open(so, report);
    if (!store) {
        std::fprintf(stderr, "frame_bench: cannot open a store: %s\n", report.error.c_str());
        std::exit(1);
    }
    std::string error;
    store->selectLearner(store->ensureLearner("bench"), course->id, error);

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendFlags |= ImGuiBackendFlags_RendererHasVtxOffset;  // as the OpenGL3 backend
    // The GLFW backend's key map (ImGui's keyboard navigation needs the named keys mapped).
    const std::pair<ImGuiKey, int> map[] = {
        {ImGuiKey_Tab, ui::keys::Tab}, {ImGuiKey_LeftArrow, ui::keys::Left}, {ImGuiKey_RightArrow, ui::keys::Right},
        {ImGuiKey_UpArrow, ui::keys::Up}, {ImGuiKey_DownArrow, ui::keys::Down}, {ImGuiKey_PageUp, ui::keys::PageUp},
        {ImGuiKey_PageDown, ui::keys::PageDown}, {ImGuiKey_Home, ui::keys::Home}, {ImGuiKey_End, ui::keys::End},
        {ImGuiKey_Insert, ui::keys::Insert}, {ImGuiKey_Delete, ui::keys::Delete}, {ImGuiKey_Backspace, ui::keys::Backspace},
        {ImGuiKey_Space, ui::keys::Space}, {ImGuiKey_Enter, ui::keys::Enter}, {ImGuiKey_Escape, ui::keys::Escape},
        {ImGuiKey_KeyPadEnter, ui::keys::KeypadEnter}, {ImGuiKey_A, ui::keys::letter('A')}, {ImGuiKey_C, ui::keys::letter('C')},
        {ImGuiKey_V, ui::keys::letter('V')}, {ImGuiKey_X, ui::keys::letter('X')}, {ImGuiKey_Y, ui::keys::letter('Y')},
        {ImGuiKey_Z, ui::keys::letter('Z')}};
    for (auto [imguiKey, code] : map) io.KeyMap[imguiKey] = code;

    ui::UiOptions options;
    options.openTarget = moduleId;
    Figures f;
    {
        session::CourseHandle handle(course);
        session::LearnerSession learners(*store, course->id);
        learners.start({"bench", ""});
        learners.waitIdle(10000);
        session::ProfileService profiles(store->path(), learners);
        ui::LecternUi lui(handle, learners, profiles, options);
        if (!language.empty()) lui.setContentLanguage(language);
        UiThreadScope uiThread;  // frames run as on the UI thread: no SQLite in them
        const long missesBefore = ui::glyphBitmaps().misses();
        std::vector<double> ms;
        std::string last;
        const long layoutsBefore = ui::layout::layoutRunCount();
        for (int frame = 0; frame < 4000; ++frame) {
            if (lui.prepareFonts(*io.Fonts, 1.0f) && frame > 0) ++f.rebuilds;
            if (!io.Fonts->IsBuilt()) {
                unsigned char* px = nullptr;
                int w = 0, h = 0;
                io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
            }
            io.KeysDown[ui::keys::PageDown] = frame > 2 && frame % 2 == 1;
            const auto t0 = Clock::now();
            ImGui::NewFrame();
            lui.frame();
            ImGui::Render();
            const double t = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
            if (frame == 0) f.firstMs = t;  // opens the module and lays it out
            else ms.push_back(t);
            f.maxIndex = std::max(f.maxIndex, maxDrawIndex());
            // Stop a little after the end: the location no longer changes.
            if (frame > 10 && frame % 50 == 0) {
                std::string loc = lui.currentLocation();
                if (loc == last) break;
                last = loc;
            }
        }
        std::sort(ms.begin(), ms.end());
        f.frames = static_cast<int>(ms.size());
        f.meanMs = ms.empty() ? 0 : std::accumulate(ms.begin(), ms.end(), 0.0) / ms.size();
        f.p95Ms = ms.empty() ? 0 : ms[std::min(ms.size() - 1, static_cast<size_t>(ms.size() * 0.95))];
        f.maxMs = ms.empty() ? 0 : ms.back();
        f.layouts = ui::layout::layoutRunCount() - layoutsBefore;
        f.shapedMisses = ui::glyphBitmaps().misses() - missesBefore;
        f.shapedGlyphs = ui::glyphBitmaps().size();
        f.atlasW = io.Fonts->TexWidth;
        f.atlasH = io.Fonts->TexHeight;
    }
    store->flush(5000);
    ImGui::DestroyContext(ctx);
    return f;
}

void writeGeneratedModule(const fs::path& courseDir, size_t bytes) {
    static const char* words[] = {"diplomacy", "norms", "cyber", "states", "agreed", "report", "the", "of",
                                  "*emphasis*", "**strong**", "`code`", "experts", "[GGE](https://example.org)",
                                  "Группа", "Ελλάδα", "“quoted”"};
    std::mt19937 rng(7);
    std::string md = "---\nid: generated\ntitle: Generated 1 MB module\n---\n\n# Generated\n\n";
    int section = 0;
    while (md.size() < bytes) {
        md += "## Section " + std::to_string(++section) + "\n\n";
        for (int p = 0; p < 10; ++p) {
            for (int w = 0; w < 150; ++w) {
                md += words[rng() % 16];
                md += ' ';
            }
            md += "\n\n";
        }
        md += "- item one\n- item two\n  1. nested\n\n> A quotation to read.\n\n```\nsome code\n```\n\n";
    }
    fs::create_directories(courseDir / "modules/generated");
    std::ofstream(courseDir / "modules/generated/module.md") << md;
}

// "name value unit" lines, the form tools/bench turns into table rows; `what` is a short key.
void print(const std::string& what, const Figures& f) {
    std::printf("frame_%s_frames %d\n", what.c_str(), f.frames);
    std::printf("frame_%s_first_with_layout_ms %.2f ms\n", what.c_str(), f.firstMs);
    std::printf("frame_%s_mean_ms %.3f ms\n", what.c_str(), f.meanMs);
    std::printf("frame_%s_p95_ms %.3f ms\n", what.c_str(), f.p95Ms);
    std::printf("frame_%s_max_ms %.2f ms\n", what.c_str(), f.maxMs);
    std::printf("frame_%s_layouts %ld (while scrolling)\n", what.c_str(), f.layouts);
    std::printf("frame_%s_max_vertex_index %d (of 65535)\n", what.c_str(), f.maxIndex);
    std::printf("frame_%s_atlas_rebuilds %d (glyphs first met while scrolling)\n", what.c_str(), f.rebuilds);
    std::printf("frame_%s_shaped_glyph_misses %ld (%zu shaped glyphs held)\n", what.c_str(), f.shapedMisses, f.shapedGlyphs);
    std::printf("frame_font_atlas %dx%d\n", f.atlasW, f.atlasH);
}

} // namespace

int main(int argc, char** argv) {
    const fs::path courseDir = argc > 1 ? fs::path(argv[1]) : fs::path(LECTERN_SOURCE_DIR);
    const fs::path tmp = fs::temp_directory_path() / ("lectern-frame-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);

    LoadResult bundled = loadCourse(courseDir);
    const Module* longest = nullptr;
    for (const auto& m : bundled.course->modules)
        if (m && (!longest || m->words > longest->words)) longest = m.get();
    if (longest) {
        Figures f = scrollThrough(bundled.course, longest->meta.id, tmp);
        std::printf("# longest bundled module: %s, %d words\n", longest->meta.id.c_str(), static_cast<int>(longest->words));
        print("longest_bundled_module", f);
    }
    // The first module in Arabic: shaped text, right to left (the variant module.ar.md).
    if (bundled.course->findModule("history-of-the-dialogue")) {
        Figures f = scrollThrough(bundled.course, "history-of-the-dialogue", tmp, "ar");
        print("arabic_first_module", f);
    } else {
        std::printf("# no bundled module found in %s\n", courseDir.string().c_str());
    }

    writeGeneratedModule(tmp / "course", 1024 * 1024);
    LoadResult generated = loadCourse(tmp / "course");
    if (!generated.course->modules.empty()) {
        Figures f = scrollThrough(generated.course, "generated", tmp);
        print("generated_1mb_module", f);
    }
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
