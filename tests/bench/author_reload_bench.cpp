// Save-to-frame latency of `lectern --author` (issue 15): the longest bundled module is
// written again (its heading changed) in a copy of the course; the clock runs from the write
// until the watcher has loaded the course and swapped it into the handle (debounce included),
// and until the next UI frame has drawn the new generation (LecternUi headless, the reader on
// that module). The watcher's own load-and-merge time is printed too. Figures only.
#include "bench_frame.h"
#include "bench_store.h"
#include "bench_timing.h"

#include "load/course_loader.h"
#include "session/course_handle.h"
#include "session/course_watcher.h"
#include "session/learner_session.h"
#include "session/profile_service.h"
#include "ui/lectern_ui.h"

#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <unistd.h>

using namespace lectern;
namespace fs = std::filesystem;

int main() {
    const fs::path src = LECTERN_SOURCE_DIR;
    const fs::path work = fs::temp_directory_path() / ("lectern-author-bench-" + std::to_string(::getpid()));
    fs::create_directories(work / "course");
    fs::copy(src / "modules", work / "course/modules", fs::copy_options::recursive);
    fs::copy(src / "content", work / "course/content", fs::copy_options::recursive);

    LoadResult loaded = loadCourse(work / "course");
    std::string longest;
    uintmax_t bytes = 0;
    for (const auto& m : loaded.course->modules)
        if (const uintmax_t b = fs::file_size(m->file); b > bytes) {
            bytes = b;
            longest = m->meta.id;
        }
    const fs::path file = work / "course/modules" / longest / "module.md";
    std::string original;
    {
        std::ifstream in(file, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        original = ss.str();
    }

    auto store = bench::openBenchStore((work / "bench.db").string(), "author_reload_bench");
    if (!store) return 1;
    std::string error;
    store->selectLearner(store->ensureLearner("bench"), loaded.course->id, error);

    ImGuiContext* ctx = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;

    std::vector<double> swapMs, frameMs, loadMs, drawMs;
    {
        session::CourseHandle handle(loaded.course);
        std::mutex mutex;
        double lastLoad = 0;
        session::CourseWatcher::Options o;
        o.courseDir = (work / "course").string();
        o.onReload = [&](const session::CourseReload& r) {
            std::lock_guard lock(mutex);
            lastLoad = r.loadMs;
        };
        session::CourseWatcher watcher(handle, std::move(o));
        while (!watcher.watching()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        session::LearnerSession learners(*store, loaded.course->id);
        learners.start({"bench", ""});
        learners.waitIdle(10000);
        session::ProfileService profiles(store->path(), learners);
        ui::UiOptions options;
        options.openTarget = longest;
        options.author = &watcher;
        ui::LecternUi lui(handle, learners, profiles, options);
        for (int i = 0; i < 5; ++i) bench::timedFrame(lui);

        for (int run = 0; run < 20; ++run) {
            std::string text = original;
            text += "\n\nAn author's edit, number " + std::to_string(run) + ".\n";
            const uint64_t before = handle.generation();
            const auto t0 = bench::Clock::now();
            std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
            while (handle.generation() == before && bench::msSince(t0) < 5000)
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            swapMs.push_back(bench::msSince(t0));
            const double draw = bench::timedFrame(lui);  // the frame that takes the new course in
            drawMs.push_back(draw);
            frameMs.push_back(bench::msSince(t0));
            watcher.waitReloads(static_cast<uint64_t>(run + 1), 5000);
            {
                std::lock_guard lock(mutex);
                loadMs.push_back(lastLoad);
            }
            for (int i = 0; i < 3; ++i) bench::timedFrame(lui);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the next save is another burst
        }
    }
    store->flush(5000);
    store.reset();
    ImGui::DestroyContext(ctx);
    std::error_code ec;
    fs::remove_all(work, ec);

    std::printf("# the longest bundled module: %s, %ju bytes; 20 saves; debounce 50 ms included\n", longest.c_str(), bytes);
    std::printf("author_save_to_swap_ms_p50 %.1f ms\n", bench::percentile(swapMs, 0.5));
    std::printf("author_save_to_swap_ms_max %.1f ms\n", bench::percentile(swapMs, 1.0));
    std::printf("author_save_to_frame_ms_p50 %.1f ms\n", bench::percentile(frameMs, 0.5));
    std::printf("author_save_to_frame_ms_max %.1f ms\n", bench::percentile(frameMs, 1.0));
    std::printf("author_reload_load_and_merge_ms_p50 %.1f ms\n", bench::percentile(loadMs, 0.5));
    std::printf("author_reload_first_frame_ms_p50 %.1f ms\n", bench::percentile(drawMs, 0.5));
    return 0;
}
