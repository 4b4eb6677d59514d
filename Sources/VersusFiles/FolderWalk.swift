import Foundation

/// Walks a folder with the system's own calls (one `stat` per entry), for the input files every build lists and
/// `serve` polls many times a second. Symbolic links are followed for what they name, but a linked folder is not
/// entered; names `InputFiles.isIgnored` skips are left out with everything under them, and so are dangling links.
enum FolderWalk {
    struct Item {
        /// Relative to the walked folder.
        var relative: String
        var info: stat
        var isFolder: Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    }

    /// Every file and folder under `folder`, in no particular order; empty when it cannot be read.
    static func items(in folder: String) -> [Item] {
        var items: [Item] = []
        var pending: [String] = [""]
        while let relative = pending.popLast() {
            let path = relative.isEmpty ? folder : folder + "/" + relative
            guard let directory = opendir(path) else { continue }
            defer { closedir(directory) }
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                    String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." || InputFiles.isIgnored(name: name) { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var info = stat()
                guard stat(folder + "/" + child, &info) == 0 else { continue }
                let item = Item(relative: child, info: info)
                items.append(item)
                if item.isFolder, !isLink(folder + "/" + child) { pending.append(child) }
            }
        }
        return items
    }

    private static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
