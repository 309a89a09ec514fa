namespace System.Runtime.CompilerServices;

// Records and init-only setters on netstandard2.0 need this marker type.
internal static class IsExternalInit;
