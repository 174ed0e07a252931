// Placeholder; the typed fake is filled in with the main-process adapters.
export {}
