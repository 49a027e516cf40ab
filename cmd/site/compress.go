package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/andybalholm/brotli"
)

// compressible are the extensions that get .gz and .br siblings.
var compressible = map[string]bool{
	".wasm":        true,
	".js":          true,
	".css":         true,
	".html":        true,
	".webmanifest": true,
	".svg":         true,
}

// precompress writes name.gz and name.br next to every compressible file
// under dir, skipping an encoding that does not make the file smaller.
// It returns the files it wrote.
func precompress(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && compressible[filepath.Ext(p)] {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}

	type result struct {
		written []string
		err     error
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	for i, p := range files {
		wg.Go(func() {
			results[i].written, results[i].err = compressFile(p)
		})
	}
	wg.Wait()

	var written []string
	for _, r := range results {
		if r.err != nil {
			return nil, r.err
		}
		written = append(written, r.written...)
	}
	return written, nil
}

func compressFile(p string) ([]string, error) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	var written []string
	for _, enc := range []struct {
		ext string
		fn  func([]byte) ([]byte, error)
	}{
		{".gz", gzipBytes},
		{".br", brotliBytes},
	} {
		out := p + enc.ext
		// Stale siblings from an earlier build must not outlive the file.
		if err := os.Remove(out); err != nil && !os.IsNotExist(err) {
			return nil, err
		}
		c, err := enc.fn(data)
		if err != nil {
			return nil, fmt.Errorf("compressing %s: %w", p, err)
		}
		if len(c) >= len(data) {
			continue
		}
		if err := os.WriteFile(out, c, 0o644); err != nil {
			return nil, err
		}
		written = append(written, out)
	}
	return written, nil
}

func gzipBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func brotliBytes(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	bw := brotli.NewWriterOptions(&buf, brotli.WriterOptions{
		Quality: brotli.BestCompression,
		LGWin:   24, // the largest window browsers decode
	})
	if _, err := bw.Write(data); err != nil {
		return nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// isCompressedSibling reports whether name is a .gz or .br this program writes.
func isCompressedSibling(name string) bool {
	for _, ext := range []string{".gz", ".br"} {
		if base, ok := strings.CutSuffix(name, ext); ok && compressible[filepath.Ext(base)] {
			return true
		}
	}
	return false
}
