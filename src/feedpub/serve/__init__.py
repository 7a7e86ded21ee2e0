"""``feedpub serve``: the published tree over HTTP, kept current while articles change."""
