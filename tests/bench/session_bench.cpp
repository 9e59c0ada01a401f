// Session bench: what a learner switch costs the UI thread while the store's writer commits a
// burst, and what submit() costs the UI thread. Headless ImGui (no GPU); prints figures.
//
//   build/session_bench [COURSE_DIR]     (default: the source tree's bundled course)
//
//   switch_worst_frame_ms     the slowest frame from "sign out" to the next learner's first
//                             screen, while the writer commits 500 records of the first learner
//   switch_frames             frames drawn meanwhile (the sign-in never waits for the writer)
//   submit_ui_p50_us / _p99_us  LecternUi-side cost of one ProgressStore::submit (2,000 of them,
//                             the writer busy with them)
#include "bench_store.h"
#include "bench_frame.h"
#include "bench_timing.h"
#include "load/course_loader.h"
#include "platform/thread_role.h"
#include "session/course_handle.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "store/progress_store.h"
#include "ui/lectern_ui.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using namespace lectern;
using bench::Clock;

namespace {

using bench::msSince;
using bench::percentile;

double drawFrame(ui::LecternUi& lui) { return bench::timedFrame(lui); }

} // namespace

int main(int argc, char** argv) {
    const fs::path courseDir = argc > 1 ? fs::path(argv[1]) : fs::path(LECTERN_SOURCE_DIR);
    const fs::path tmp = fs::temp_directory_path() / ("lectern-session-bench-" + std::to_string(std::random_device{}()));
    fs::create_directories(tmp);
    LoadResult loaded = loadCourse(courseDir);
    if (loaded.course->modules.empty()) {
        std::fprintf(stderr, "session_bench: no module in %s\n", courseDir.string().c_str());
        return 1;
    }
    auto store = bench::openBenchStore((tmp / "bench.db").string(), "session_bench");
    if (!store) return 1;

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    {
        session::CourseHandle handle(loaded.course);
        session::LearnerSession learners(*store, loaded.course->id);
        learners.start({"first", ""});
        learners.waitIdle(10000);
        ui::UiOptions options;
        options.openTarget = loaded.course->modules.front()->meta.id;
        session::ProfileService profiles(store->path(), learners);
        ui::LecternUi lui(handle, learners, profiles, options);
        for (int i = 0; i < 5; ++i) drawFrame(lui);  // the module open and laid out

        // A burst of the first learner's records, then the switch, frames drawn throughout.
        const ProgressScope first = learners.scope();
        for (int i = 0; i < 500; ++i)
            store->submit(first, SaveReflection{"m", "r" + std::to_string(i % 7), "burst text " + std::to_string(i)});
        learners.signOut();
        learners.signInByName("second");
        double worst = 0;
        int frames = 0;
        const auto t0 = Clock::now();
        while (msSince(t0) < 30000) {
            worst = std::max(worst, drawFrame(lui));
            ++frames;
            if (learners.state().phase == session::SessionPhase::SignedIn && learners.snapshot()) break;
        }
        for (int i = 0; i < 3; ++i) worst = std::max(worst, drawFrame(lui));  // the new learner's first screen
        std::printf("switch_worst_frame_ms %.2f\nswitch_frames %d\n", worst, frames + 3);
        store->flush(60000);

        // submit() as the UI pays it, the writer busy with the ones before.
        const ProgressScope second = learners.scope();
        std::vector<double> us;
        for (int i = 0; i < 2000; ++i) {
            const auto t = Clock::now();
            UiThreadScope uiThread;
            store->submit(second, MarkSectionRead{{"m", "s" + std::to_string(i)}});
            us.push_back(msSince(t) * 1000.0);
        }
        std::printf("submit_ui_p50_us %.1f\nsubmit_ui_p99_us %.1f\n", percentile(us, 0.5), percentile(us, 0.99));
        store->flush(60000);
    }
    ImGui::DestroyContext(ctx);
    store.reset();
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return 0;
}
