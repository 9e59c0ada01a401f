#include "store/save_errors.h"

#include "i18n/tr.h"

#include <sqlite3.h>

namespace lectern::store {

// Shown in the status bar (and the start-up error), so translated: each message is a whole
// sentence for the translator. The status bar recognises the ones that start with "Could not
// save" (tr("Could not save")), so every translation of them starts with that one's.
std::string describeSaveFailure(int code, const std::string& sqliteMessage, const std::string& dbPath) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return tr("Could not save: the disk is full. Free some space; your answers are kept and will be saved "
                  "automatically.");
    case SQLITE_READONLY:
        return formatText(tr("Could not save: the progress file %s is read-only. Ask for write access to it; your "
                             "answers are kept and will be saved automatically."),
                          dbPath.c_str());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Could not save yet: another Lectern is saving to the same file; your answers are kept and will be "
                  "saved automatically.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return formatText(tr("Could not save: the progress file %s is damaged. Your answers are kept for now: close "
                             "Lectern to restore the latest backup."),
                          dbPath.c_str());
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return formatText(tr("Could not save: cannot write to %s. Check the folder still exists and may be written; "
                             "your answers are kept and will be saved automatically."),
                          dbPath.c_str());
    case SQLITE_IOERR:
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC)
            return tr("Could not save: the disk reported a write error (is it full or removed?); your answers are kept "
                      "and will be saved automatically.");
        return formatText(tr("Could not save: the disk reported an error (%s); your answers are kept and will be "
                             "saved automatically."),
                          sqliteMessage.c_str());
    default:
        return formatText(tr("Could not save: %s; your answers are kept and will be saved automatically."),
                          sqliteMessage.c_str());
    }
}

std::string describeOpenFailure(int code, const std::string& sqliteMessage, const std::string& dbPath) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return formatText(tr("Cannot open the progress file %s: the disk is full. Free some space and start Lectern "
                             "again."),
                          dbPath.c_str());
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return formatText(tr("Cannot save progress in %s: the file or its folder cannot be written (%s). Ask for "
                             "write access to the folder, or start Lectern with a progress file in a folder you own."),
                          dbPath.c_str(), sqliteMessage.c_str());
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return formatText(tr("Cannot open the progress file %s: another program holds it locked. Close it and try "
                             "again."),
                          dbPath.c_str());
    default:
        return formatText(tr("Cannot open the progress file %s: %s."), dbPath.c_str(), sqliteMessage.c_str());
    }
}

} // namespace lectern::store
