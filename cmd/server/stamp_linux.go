package main

import (
	"io/fs"
	"syscall"
)

// sysStamp is the device, inode and change time of a file, which tell a
// file rewritten in place, or another file under the same name, from the
// version seen before.
func sysStamp(fi fs.FileInfo) (dev, ino uint64, changeTime int64) {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, 0, 0
	}
	return uint64(st.Dev), st.Ino, st.Ctim.Nano()
}
