package app

import (
	"github.com/socialroi/socialroi/roi"
	"github.com/socialroi/socialroi/store"
)

// The visitor's data lives in the store package (scenarios, drafts,
// settings, storage and its faults, undo, import, links, tabs). These names
// let the UI say them briefly; the UI holds no rule of its own.
type (
	Store         = store.Store
	Entry         = store.Entry
	Draft         = store.Draft
	Settings      = store.Settings
	Undo          = store.Undo
	Field         = store.Field
	Storage       = store.Storage
	MemoryStorage = store.MemoryStorage
)

// Storage states and their errors.
const (
	NoticeNone        = store.NoticeNone
	NoticeUnavailable = store.NoticeUnavailable
	NoticeFull        = store.NoticeFull
	NoticeCorrupt     = store.NoticeCorrupt
)

var (
	ErrStorageUnavailable = store.ErrStorageUnavailable
	ErrStorageFull        = store.ErrStorageFull
)

// NewMemoryStorage returns empty in-memory storage.
func NewMemoryStorage() *MemoryStorage { return store.NewMemoryStorage() }

// NewStore is a store over s, with a session of its own (one tab).
func NewStore(s Storage) *Store { return store.New(s, nil) }

// InputNumber writes a canonical number the way it is typed in a locale.
func InputNumber(canon string, loc roi.Locale) string { return store.InputNumber(canon, loc) }
