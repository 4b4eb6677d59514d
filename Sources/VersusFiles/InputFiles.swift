import Foundation

/// The one rule for which files of an input folder (content, templates, assets) a build reads, and `serve` watches:
/// what editors and systems leave beside the real files is skipped everywhere alike.
package enum InputFiles {
    /// True for names no build reads: dot-files (Emacs's `.#name` lock, Vim's `.name.swp`, `.DS_Store`), backups
    /// (`name~`, Emacs's `#name#`), Vim's swap files and its write test `4913`, and the temporary names JetBrains
    /// editors save through (`name___jb_tmp___`, `name___jb_old___`).
    package static func isIgnored(name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.count > 1 && name.hasPrefix("#") && name.hasSuffix("#"))
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx") || name == "4913"
            || name.hasSuffix("___jb_tmp___") || name.hasSuffix("___jb_old___")
    }

    /// True when `path` is a symbolic link whose target does not exist (an Emacs lock file is one).
    package static func isDanglingLink(_ path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return false }
        return stat(path, &info) != 0
    }

    /// True when a build skips `relative` (a path inside `folder`): an ignored name anywhere in it, or a dangling link.
    package static func skips(_ relative: String, in folder: String) -> Bool {
        relative.split(separator: "/").contains { isIgnored(name: String($0)) }
            || isDanglingLink((folder as NSString).appendingPathComponent(relative))
    }

    /// Every file under `folder` a build reads (folders and skipped files left out), relative to it, sorted;
    /// empty when the folder does not exist.
    package static func files(in folder: String) -> [String] {
        FolderWalk.items(in: folder).filter { !$0.isFolder }.map(\.relative).sorted()
    }
}
