package store

import (
	"errors"
	"testing"
)

var _ Storage = (*MemoryStorage)(nil)

func TestMemoryStorage(t *testing.T) {
	type op struct {
		set        bool // Set(key, value); otherwise Get(key)
		key, value string
		wantErr    error  // for both
		wantOK     bool   // Get
		wantValue  string // Get
	}
	cases := []struct {
		name    string
		storage func() *MemoryStorage
		ops     []op
	}{
		{"empty", NewMemoryStorage, []op{
			{key: "a", wantOK: false},
		}},
		{"set then get", NewMemoryStorage, []op{
			{set: true, key: "a", value: "1"},
			{key: "a", wantOK: true, wantValue: "1"},
			{key: "b", wantOK: false},
		}},
		{"empty value is a value", NewMemoryStorage, []op{
			{set: true, key: "a", value: ""},
			{key: "a", wantOK: true, wantValue: ""},
		}},
		{"overwrite", NewMemoryStorage, []op{
			{set: true, key: "a", value: "1"},
			{set: true, key: "a", value: "2"},
			{key: "a", wantOK: true, wantValue: "2"},
		}},
		{"zero value works", func() *MemoryStorage { return &MemoryStorage{} }, []op{
			{key: "a", wantOK: false},
			{set: true, key: "a", value: "1"},
			{key: "a", wantOK: true, wantValue: "1"},
		}},
		{"limit exactly reached", func() *MemoryStorage { return &MemoryStorage{Limit: 4} }, []op{
			{set: true, key: "a", value: "123"}, // 1 + 3 = 4
			{key: "a", wantOK: true, wantValue: "123"},
		}},
		{"limit passed", func() *MemoryStorage { return &MemoryStorage{Limit: 4} }, []op{
			{set: true, key: "a", value: "1234", wantErr: ErrStorageFull},
			{key: "a", wantOK: false},
		}},
		{"limit counts every key and value", func() *MemoryStorage { return &MemoryStorage{Limit: 10} }, []op{
			{set: true, key: "a", value: "1234"},                           // 5
			{set: true, key: "b", value: "1234"},                           // 10
			{set: true, key: "c", value: "", wantErr: ErrStorageFull},      // 11
			{key: "c", wantOK: false},                                      // not stored
			{set: true, key: "a", value: "12345", wantErr: ErrStorageFull}, // 11
			{key: "a", wantOK: true, wantValue: "1234"},                    // old value kept
		}},
		{"replacing a value counts the new one only", func() *MemoryStorage { return &MemoryStorage{Limit: 6} }, []op{
			{set: true, key: "a", value: "12345"},
			{set: true, key: "a", value: "54321"},
			{set: true, key: "a", value: "1"},
			{key: "a", wantOK: true, wantValue: "1"},
		}},
		{"broken", func() *MemoryStorage { return &MemoryStorage{Broken: true} }, []op{
			{key: "a", wantErr: ErrStorageUnavailable},
			{set: true, key: "a", value: "1", wantErr: ErrStorageUnavailable},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := tc.storage()
			for i, o := range tc.ops {
				if o.set {
					if err := s.Set(o.key, o.value); !errors.Is(err, o.wantErr) || (err == nil) != (o.wantErr == nil) {
						t.Fatalf("op %d: Set(%q, %q) = %v; want %v", i, o.key, o.value, err, o.wantErr)
					}
					continue
				}
				v, ok, err := s.Get(o.key)
				if !errors.Is(err, o.wantErr) || (err == nil) != (o.wantErr == nil) {
					t.Fatalf("op %d: Get(%q) error = %v; want %v", i, o.key, err, o.wantErr)
				}
				if ok != o.wantOK || v != o.wantValue {
					t.Fatalf("op %d: Get(%q) = %q, %v; want %q, %v", i, o.key, v, ok, o.wantValue, o.wantOK)
				}
			}
		})
	}
}

// Broken and Limit are plain fields: a test flips them mid-session to play
// a browser that stops (or starts again) letting the page keep data.
func TestMemoryStorageFlipped(t *testing.T) {
	s := NewMemoryStorage()
	if err := s.Set("a", "1"); err != nil {
		t.Fatal(err)
	}
	s.Broken = true
	if _, _, err := s.Get("a"); !errors.Is(err, ErrStorageUnavailable) {
		t.Errorf("broken Get error = %v", err)
	}
	s.Broken = false
	if v, ok, err := s.Get("a"); err != nil || !ok || v != "1" {
		t.Errorf("Get after repair = %q, %v, %v; want the value kept", v, ok, err)
	}
	s.Limit = 2
	if err := s.Set("b", "2"); !errors.Is(err, ErrStorageFull) {
		t.Errorf("Set past the limit = %v; want ErrStorageFull", err)
	}
	s.Limit = 0
	if err := s.Set("b", "2"); err != nil {
		t.Errorf("Set without a limit = %v", err)
	}
}

func TestStorageErrorsDistinct(t *testing.T) {
	if errors.Is(ErrStorageFull, ErrStorageUnavailable) || errors.Is(ErrStorageUnavailable, ErrStorageFull) {
		t.Error("full and unavailable must be told apart: the store shows different notices")
	}
}
