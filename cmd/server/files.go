package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"sync"
	"time"
)

// Deploys while the server runs. The site folder may be replaced in two
// ways, and both are served without a restart:
//
//   - A symbolic link swapped to a new release folder (ln -sfn, or rename
//     of a new link over the old one): every request opens the folder anew
//     (openSite), so it sees one release, the new one once the link has
//     moved, and all its lookups (the file, its .br/.gz copies) are in that
//     same release even if the link moves while it runs.
//   - Files copied over in place (cp, rsync): every file is served from a
//     snapshot of one version of it (fileCache), so its bytes,
//     Content-Length and ETag always agree, and a version is known by its
//     inode, size and modification and change times, not by its name. A
//     file caught while cp rewrites it is served in its previous version
//     (see settling).
//
// A precompressed copy older than its original by more than staleSlack is
// another release's and is not served (see freshSibling).

// errSiteMissing is openSite's error when the site folder is gone.
var errSiteMissing = errors.New("site folder missing")

// openSite opens the site folder as it is now (following a symbolic link
// to the current release). The caller closes it.
func openSite(dir string) (*os.Root, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errSiteMissing, err)
	}
	return root, nil
}

// siteHealth is "" when the site can be served (its folder is there with an
// index.html), or a short reason why not.
func siteHealth(dir string) string {
	root, err := openSite(dir)
	if err != nil {
		return "site folder missing"
	}
	defer root.Close()
	fi, err := root.Stat("index.html")
	if err != nil || !fi.Mode().IsRegular() {
		return "site folder has no index.html"
	}
	return ""
}

// stamp identifies one version of a file: a file replaced or rewritten in
// place has another (on Linux the inode and change time see a rewrite that
// keeps the size and modification time, as cp -p or a build with fixed
// times does).
type stamp struct {
	size       int64
	mod        int64 // modification time, ns
	dev, ino   uint64
	changeTime int64 // ns; 0 where the system does not say
}

func stampOf(fi fs.FileInfo) stamp {
	s := stamp{size: fi.Size(), mod: fi.ModTime().UnixNano()}
	s.dev, s.ino, s.changeTime = sysStamp(fi)
	return s
}

// maxSnapshot is the largest file held in memory; a larger one is sent
// from disk (its ETag is still its content's, but a rewrite in place while
// it is sent is not seen).
const maxSnapshot = 32 << 20

// staleSlack is how much older than its original a precompressed copy may
// be: the build writes the copies after the originals, and a copy made in
// another order is only a moment older. A copy left from an earlier release
// is older by the time between the releases.
const staleSlack = 2 * time.Second

// freshSibling reports whether the precompressed copy with info sib may
// stand for the original with info orig.
func freshSibling(orig, sib fs.FileInfo) bool {
	return !sib.ModTime().Before(orig.ModTime().Add(-staleSlack))
}

// snapshot is one version of a file as served: its content and hash.
type snapshot struct {
	stamp stamp
	mod   time.Time
	sum   string
	data  []byte   // the content, unless larger than maxSnapshot
	file  *os.File // for a large file: open, to be sent and closed by the caller
}

// content is what ServeContent sends.
func (s *snapshot) content() io.ReadSeeker {
	if s.file != nil {
		return s.file
	}
	return bytes.NewReader(s.data)
}

func (s *snapshot) close() {
	if s.file != nil {
		s.file.Close()
	}
}

// errChanging is load's error for a file that kept changing while it was
// read: it is being written.
var errChanging = errors.New("the file is being written")

// fileCache holds the snapshot of each file served, by name, for its
// current version; concurrent requests for a new version read it once.
type fileCache struct {
	mu sync.Mutex
	m  map[string]*cacheEntry
}

type cacheEntry struct {
	stamp stamp
	ready chan struct{} // closed when snap or err is set
	snap  *snapshot
	err   error
	// last is, while this version is being read, the newest version read
	// whole before it (nil when none): what the cache falls back on if
	// this read fails (finish). Guarded by fileCache.mu.
	last *cacheEntry
}

// load returns the snapshot of the regular file name in root. It retries a
// few times when the file changes while it is read; errChanging says it
// did not settle.
func (c *fileCache) load(root *os.Root, name string) (*snapshot, error) {
	for range 3 {
		s, err := c.loadOnce(root, name)
		if !errors.Is(err, errChanging) {
			return s, err
		}
	}
	return nil, errChanging
}

func (c *fileCache) loadOnce(root *os.Root, name string) (*snapshot, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, fmt.Errorf("%s is not a regular file", name)
	}
	st := stampOf(fi)

	c.mu.Lock()
	e, ok := c.m[name]
	switch {
	case ok && e.stamp == st:
		c.mu.Unlock()
		<-e.ready
		if e.err != nil {
			f.Close()
			return nil, e.err
		}
		return e.snap.withFile(f), nil
	case ok && e.settling(st):
		// Rewritten in place a moment ago: the previous version, whole.
		c.mu.Unlock()
		<-e.ready
		if e.err == nil && e.snap.data != nil {
			return e.snap.withFile(f), nil
		}
		c.mu.Lock()
		if c.m[name] != e {
			c.mu.Unlock()
			f.Close()
			return nil, errChanging // read by another request meanwhile: load again
		}
	}
	e, prev := c.begin(name, st)
	c.mu.Unlock()

	e.snap, e.err = read(f, fi, st)
	c.finish(name, e, prev)
	if e.err != nil {
		f.Close()
		return nil, e.err
	}
	return e.snap.withFile(f), nil
}

// begin makes e, for the version st of name about to be read, the cache's
// entry; prev is the entry it replaces. Called with c.mu held.
func (c *fileCache) begin(name string, st stamp) (e, prev *cacheEntry) {
	prev = c.m[name]
	e = &cacheEntry{stamp: st, ready: make(chan struct{}), last: prev.lastGood()}
	if c.m == nil {
		c.m = map[string]*cacheEntry{}
	}
	c.m[name] = e
	return e, prev
}

// finish ends the read of e (its snap or err set): when it failed and e is
// still the cache's entry, the cache falls back on the newest version read
// whole, prev if it was, else the one e stood on. Two reads can overlap (a
// file rewritten, then touched, while clients ask): the first fails while
// the second is the cache's, the second fails too, and the cache must not
// end up with no version at all, or the next request, made while the file
// is truncated, serves it empty (once in about 20 CI runs of
// TestDeployCopyOver).
func (c *fileCache) finish(name string, e, prev *cacheEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e.err != nil && c.m[name] == e {
		g := e.last
		if prev != nil && prev.good() {
			g = prev
		}
		if g != nil {
			c.m[name] = g
		} else {
			delete(c.m, name)
		}
	}
	close(e.ready)
	e.last = nil // read or failed: it no longer holds an older version alive
}

// lastGood is e when it was read whole, else the version it stood on
// while it is read (nil when none). Called with fileCache.mu held.
func (e *cacheEntry) lastGood() *cacheEntry {
	if e == nil {
		return nil
	}
	if e.good() {
		return e
	}
	return e.last
}

// good reports whether e has been read without error.
func (e *cacheEntry) good() bool {
	select {
	case <-e.ready:
		return e.err == nil
	default:
		return false
	}
}

// settleTime is how long a file rewritten in place is watched: cp
// truncates the file and writes it in chunks, and a read between two
// chunks finds a shorter file that is not changing at that moment.
const settleTime = time.Second

// settling reports whether st looks like the file of e caught while it is
// rewritten in place: the same inode, changed less than settleTime ago and
// shorter than before. The previous version, whole in memory, is served
// meanwhile. (Only where the system gives inodes and change times; a copy
// that writes a longer file can still be caught half written: swap a
// symbolic link for an atomic deploy.)
func (e *cacheEntry) settling(st stamp) bool {
	return st.ino != 0 && st.ino == e.stamp.ino && st.dev == e.stamp.dev && st.size < e.stamp.size &&
		time.Since(time.Unix(0, st.changeTime)) < settleTime
}

// withFile is the snapshot for one request: a small file's content is in
// memory and f is closed; a large one is sent from f.
func (s *snapshot) withFile(f *os.File) *snapshot {
	if s.data != nil || s.stamp.size == 0 {
		f.Close()
		return s
	}
	c := *s
	c.file = f
	return &c
}

// read reads the version st of the open file f (whose info is fi): its
// content (when small) and hash, checking that the file did not change
// meanwhile.
func read(f *os.File, fi fs.FileInfo, st stamp) (*snapshot, error) {
	h := sha256.New()
	var data []byte
	if st.size <= maxSnapshot {
		data = make([]byte, st.size)
		if _, err := io.ReadFull(f, data); err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
				return nil, errChanging // shortened meanwhile
			}
			return nil, err
		}
		h.Write(data)
	} else if n, err := io.Copy(h, io.LimitReader(f, st.size)); err != nil {
		return nil, err
	} else if n != st.size {
		return nil, errChanging
	}
	var one [1]byte
	if n, _ := f.Read(one[:]); n != 0 {
		return nil, errChanging // grown meanwhile
	}
	after, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if stampOf(after) != st {
		return nil, errChanging
	}
	if st.size > maxSnapshot {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, err
		}
	}
	return &snapshot{stamp: st, mod: fi.ModTime(), sum: hex.EncodeToString(h.Sum(nil)[:16]), data: data}, nil
}

// warm reads every file that may be served, so the first visitors do not
// wait for app.wasm to be hashed. Errors are left for serving to report.
func (c *fileCache) warm(root *os.Root) {
	fs.WalkDir(root.FS(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if name != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() {
			if s, err := c.load(root, name); err == nil {
				s.close()
			}
		}
		return nil
	})
}
