# os: descriptor plumbing — pipe, dup, dup2, inheritable and blocking
# flags, fdopen, fdatasync, kill with signal 0, ownership, FIFOs, exit
# codes and the supports_* sets.
import os
import shutil
import stat


def show(label, function, *args, **kwargs):
    try:
        result = function(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(result))


r, w = os.pipe()
print(type(r).__name__, r != w, os.get_inheritable(r), os.get_blocking(r))
print(os.write(w, b'through the pipe'), os.read(r, 7), os.read(r, 100))
copy = os.dup(w)
print(copy not in (r, w), os.get_inheritable(copy))
os.write(copy, b'via dup')
print(os.read(r, 100))
os.close(copy)
target = os.dup2(w, 50)
print(target, os.get_inheritable(50))
os.close(50)
print(os.dup2(w, 51, inheritable=False), os.get_inheritable(51))
os.close(51)
os.set_inheritable(r, True)
print(os.get_inheritable(r))
os.set_inheritable(r, False)
print(os.get_inheritable(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
show('read empty nonblocking', os.read, r, 10)
os.set_blocking(r, True)
print(os.get_blocking(r), os.isatty(r))
os.close(w)
print(os.read(r, 10))
os.close(r)
show('dup closed', os.dup, r)
show('dup2 closed', os.dup2, r, 60)
show('get_inheritable closed', os.get_inheritable, r)
show('set_blocking closed', os.set_blocking, r, True)
show('ttyname pipe', os.ttyname, 12345)

base = '/tmp/pyvm_os_descriptors_%d' % os.getpid()
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
with os.fdopen(os.open('f.txt', os.O_CREAT | os.O_WRONLY), 'w') as f:
    print(type(f).__name__, f.write('fdopen'))
    f.flush()
    os.fdatasync(f.fileno())
    os.fsync(f.fileno())
with open('f.txt') as f:
    print(f.read())
show('fdopen str', os.fdopen, 'f.txt')
st = os.stat('f.txt')
os.chown('f.txt', -1, -1)
os.chown('f.txt', st.st_uid, st.st_gid, follow_symlinks=False)
os.lchown('f.txt', -1, -1)
fd = os.open('f.txt', os.O_RDONLY)
os.fchown(fd, -1, -1)
os.close(fd)
print(os.stat('f.txt').st_uid == st.st_uid)
show('chown missing', os.chown, 'missing', -1, -1)
shutil.chown('f.txt', user=st.st_uid, group=st.st_gid)
show('shutil.chown nothing', shutil.chown, 'f.txt')
show('shutil.chown no user', shutil.chown, 'f.txt', user='no_such_user_pyvm')
show('shutil.chown no group', shutil.chown, 'f.txt', group='no_such_group_pyvm')
os.mkfifo('fifo', 0o600)
print(stat.S_ISFIFO(os.stat('fifo').st_mode), oct(stat.S_IMODE(os.stat('fifo').st_mode)))
show('mkfifo exists', os.mkfifo, 'fifo')
show('copyfile fifo', shutil.copyfile, 'fifo', 'copy')
for name in ('fifo', 'f.txt'):
    os.remove(name)
os.chdir(start)
os.rmdir(base)

print(os.kill(os.getpid(), 0))
show('kill bad signal', os.kill, os.getpid(), 12345)
print(os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.EX_CONFIG, os.TMP_MAX)
print(len(os.getloadavg()), type(os.getpgrp()).__name__, os.device_encoding(12345))
print(sorted(f.__name__ for f in os.supports_follow_symlinks & {os.stat, os.chmod, os.utime}),
      os.stat in os.supports_fd, os.listdir in os.supports_dir_fd)
os.sync()
