#include "ui/font_files.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <map>
#include <memory>
#include <mutex>

namespace lectern::ui {

namespace {

struct Registry {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<MappedFontFile>> files;  // null: tried, not usable
};

Registry& registry() {
    static Registry* r = new Registry;  // never destroyed: an atlas may outlive static destructors
    return *r;
}

std::unique_ptr<MappedFontFile> mapFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    struct stat st {};
    void* p = MAP_FAILED;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
        p = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);  // the mapping keeps the file
    if (p == MAP_FAILED) return nullptr;
    auto m = std::make_unique<MappedFontFile>();
    m->data = p;
    m->size = size_t(st.st_size);
    return m;
}

} // namespace

const MappedFontFile* mapFontFile(const std::string& path) {
    if (path.empty()) return nullptr;
    Registry& r = registry();
    std::lock_guard lock(r.mutex);
    auto it = r.files.find(path);
    if (it == r.files.end()) it = r.files.emplace(path, mapFile(path)).first;
    return it->second.get();
}

} // namespace lectern::ui
