#include "store/file_identity.h"

#include "i18n/tr.h"

#include <sqlite3.h>
#include <sys/stat.h>

namespace lectern::store {

FileIdentity identityOfPath(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return {};
    return {true, st.st_dev, st.st_ino};
}

bool progressFileWasReplaced(SqliteDb& db, const FileIdentity& opened, const std::string& path) {
    if (!opened.known || !db.isOpen()) return false;  // nothing to compare with: never a false alarm
    const FileIdentity now = identityOfPath(path);
    if (!now.known || now.device != opened.device || now.inode != opened.inode) return true;
    int moved = 0;
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved) return true;
    return false;
}

std::string describeReplacedFile(const std::string& dbPath, const std::string& keptIn) {
    // Shown in the status bar: translated.
    return formatText(tr("Not saving: the progress file %s was replaced by another program while Lectern was open (a "
                         "sync tool or a restored copy). Nothing more is written to it; your answers since then are "
                         "kept in %s. Close Lectern and open it again: they are saved into the file then."),
                      dbPath.c_str(), keptIn.c_str());
}

} // namespace lectern::store
