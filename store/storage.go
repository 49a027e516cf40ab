package store

import (
	"errors"
	"slices"
)

// Storage is where the store keeps data between visits: the browser's
// localStorage (and, for one tab's state, its sessionStorage) in the app,
// memory in tests and wherever the browser refuses. The app's adapters
// (app/storage_wasm.go) turn a JavaScript exception into these errors.
type Storage interface {
	// Get returns the value under key; ok is false when there is none.
	Get(key string) (value string, ok bool, err error)
	// Set stores value under key.
	Set(key, value string) error
	// Remove deletes key; a missing key is no error.
	Remove(key string) error
	// Keys lists every key, in any order.
	Keys() ([]string, error)
}

// ErrStorageUnavailable means the browser does not let this page keep data
// (a sandboxed iframe, a privacy mode, storage switched off).
var ErrStorageUnavailable = errors.New("storage unavailable")

// ErrStorageFull means the browser refused to store more (quota exceeded).
var ErrStorageFull = errors.New("storage full")

// MemoryStorage keeps data for as long as the page is open. The zero value
// (or a literal such as &MemoryStorage{Limit: 100}) is empty storage too.
// Two stores over one MemoryStorage are two tabs of one browser.
type MemoryStorage struct {
	m map[string]string
	// Limit, when above zero, makes Set fail with ErrStorageFull past that
	// many bytes in all; tests use it to play a full disk.
	Limit int
	// Broken makes every call fail with ErrStorageUnavailable.
	Broken bool
}

// NewMemoryStorage returns empty in-memory storage.
func NewMemoryStorage() *MemoryStorage { return &MemoryStorage{m: map[string]string{}} }

// Get implements Storage.
func (s *MemoryStorage) Get(key string) (string, bool, error) {
	if s.Broken {
		return "", false, ErrStorageUnavailable
	}
	v, ok := s.m[key]
	return v, ok, nil
}

// Set implements Storage.
func (s *MemoryStorage) Set(key, value string) error {
	if s.Broken {
		return ErrStorageUnavailable
	}
	if s.Limit > 0 {
		total := len(key) + len(value)
		for k, v := range s.m {
			if k != key {
				total += len(k) + len(v)
			}
		}
		if total > s.Limit {
			return ErrStorageFull
		}
	}
	if s.m == nil {
		s.m = map[string]string{}
	}
	s.m[key] = value
	return nil
}

// Remove implements Storage.
func (s *MemoryStorage) Remove(key string) error {
	if s.Broken {
		return ErrStorageUnavailable
	}
	delete(s.m, key)
	return nil
}

// Keys implements Storage, sorted.
func (s *MemoryStorage) Keys() ([]string, error) {
	if s.Broken {
		return nil, ErrStorageUnavailable
	}
	ks := make([]string, 0, len(s.m))
	for k := range s.m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks, nil
}

// Size is the bytes in use, as Limit counts them.
func (s *MemoryStorage) Size() int {
	n := 0
	for k, v := range s.m {
		n += len(k) + len(v)
	}
	return n
}
