# os.path: organising files of a small project tree, all relative.
import os
import os.path

root = "everyday_14_tree"
for directory in ("src/lib", "docs"):
    os.makedirs(os.path.join(root, directory), exist_ok=True)
for name in ("src/main.py", "src/lib/util.py", "docs/index.md", "README"):
    with open(os.path.join(root, name), "w") as handle:
        handle.write(name * 3)

for path in ("src/main.py", "src/lib/util.py", "docs/index.md", "README"):
    full = os.path.join(root, path)
    stem, ext = os.path.splitext(os.path.basename(full))
    print(f"{path:<16} dir={os.path.dirname(path)!r:<12} stem={stem!r} ext={ext!r} size={os.path.getsize(full)}")
print(os.path.exists(root), os.path.isdir(os.path.join(root, "src")), os.path.isfile(os.path.join(root, "README")))
print(os.path.normpath("a/./b/../c//d"), os.path.split("/usr/local/lib"), os.path.isabs("/x"))
print(os.path.relpath("/a/b/c/d", "/a/b"), os.path.commonprefix(["/usr/lib", "/usr/local"]))
print(os.path.join("a", "/b", "c"), os.path.splitext("archive.tar.gz"), os.path.basename("dir/"))
found = []
for directory, subdirectories, files in os.walk(root):
    subdirectories.sort()
    for name in sorted(files):
        found.append(os.path.relpath(os.path.join(directory, name), root))
print(found)
print(sorted(os.listdir(root)), os.path.abspath(root) == os.path.join(os.getcwd(), root))
for directory, subdirectories, files in os.walk(root, topdown=False):
    for name in files:
        os.remove(os.path.join(directory, name))
    os.rmdir(directory)
print(os.path.exists(root))
try:
    os.remove(root)
except FileNotFoundError as error:
    print("FileNotFoundError:", error)
