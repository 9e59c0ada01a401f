#include "store/save_errors.h"

#include <sqlite3.h>

namespace lectern::store {

static const char* kKept = "your answers are kept and will be saved automatically.";

std::string describeSaveFailure(int code, const std::string& sqliteMessage, const std::string& dbPath) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return std::string("Could not save: the disk is full. Free some space; ") + kKept;
    case SQLITE_READONLY:
        return "Could not save: the progress file " + dbPath + " is read-only. Ask for write access to it; " + kKept;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return std::string("Could not save yet: another Lectern is saving to the same file; ") + kKept;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "Could not save: the progress file " + dbPath +
               " is damaged. Your answers are kept for now: close Lectern to restore the latest backup.";
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return "Could not save: cannot write to " + dbPath + ". Check the folder still exists and may be written; " +
               kKept;
    case SQLITE_IOERR:
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC)
            return std::string("Could not save: the disk reported a write error (is it full or removed?); ") + kKept;
        return "Could not save: the disk reported an error (" + sqliteMessage + "); " + kKept;
    default:
        return "Could not save: " + sqliteMessage + "; " + kKept;
    }
}

std::string describeOpenFailure(int code, const std::string& sqliteMessage, const std::string& dbPath) {
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return "Cannot open the progress file " + dbPath + ": the disk is full. Free some space and start Lectern again.";
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return "Cannot save progress in " + dbPath +
               ": the file or its folder cannot be written (" + sqliteMessage +
               "). Ask for write access to the folder, or start Lectern with a progress file in a folder you own.";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "Cannot open the progress file " + dbPath + ": another program holds it locked. Close it and try again.";
    default:
        return "Cannot open the progress file " + dbPath + ": " + sqliteMessage + ".";
    }
}

} // namespace lectern::store
