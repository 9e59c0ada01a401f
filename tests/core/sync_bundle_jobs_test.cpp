// Facilitator mode's USB stick (sync/bundle_jobs.h), on its worker: a machine's progress
// exported into a folder, every bundle of the folder imported on another machine; a folder
// that is not there says what to do; a damaged bundle beside a good one is refused alone.
#include "store_test_support.h"

#include "store/store_connection.h"
#include "sync/bundle_jobs.h"

#include <chrono>
#include <thread>

using namespace lectern;
using namespace store_test;

namespace {

sync::BundleJobsState waitDone(sync::BundleJobs& jobs, int finished) {
    for (int i = 0; i < 600; ++i) {
        sync::BundleJobsState s = jobs.state();
        if (!s.running && s.finished >= finished) return s;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL("the job did not end");
    return {};
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

} // namespace

TEST_CASE("usb stick: export into a folder, import every bundle of it on another machine", "[sync]") {
    TempDir dir;
    auto machine = optionsFor(dir, "machine.db");
    {
        auto store = openOk(machine);
        LearnerId amina = store->ensureLearner("Amina");
        std::string error;
        REQUIRE(store->selectLearner(amina, "course", error));
        for (int i = 0; i < 5; ++i) store->submit({amina, "course"}, MarkSectionRead{{"m1", "s" + std::to_string(i)}});
        REQUIRE(store->flush(10000));
    }
    const std::string stick = dir.file("stick");
    {
        sync::BundleJobs jobs(machine.path, nullptr);
        jobs.exportTo(stick);  // no such folder yet
        sync::BundleJobsState s = waitDone(jobs, 1);
        CHECK(s.failed);
        CHECK(joined(s.lines).find("insert the USB stick") != std::string::npos);
        std::filesystem::create_directories(stick);
        jobs.exportTo(stick);
        s = waitDone(jobs, 2);
        INFO(joined(s.lines));
        CHECK_FALSE(s.failed);
        CHECK(joined(s.lines).find("Exported 1 learner and 5 records") != std::string::npos);
    }
    std::ofstream(stick + "/damaged.lectern") << "{\"format\":\"lectern-progress-bundle\"}\n";

    auto laptop = optionsFor(dir, "laptop.db");
    openOk(laptop);
    sync::BundleJobs jobs(laptop.path, nullptr);
    jobs.importFrom(stick);
    sync::BundleJobsState s = waitDone(jobs, 1);
    const std::string text = joined(s.lines);
    INFO(text);
    CHECK(s.failed);  // the damaged one
    CHECK(text.find("damaged.lectern: refused") != std::string::npos);
    CHECK(text.find("5 new, 0 already present, 0 refused") != std::string::npos);
    CHECK(queryInt(laptop.path, "SELECT count(*) FROM section_progress") == 5);
}
