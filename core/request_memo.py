def memoized_on_request(request, key, compute):
    """``compute()`` once per request and ``key``: a page asks for some
    things several times (its language alternates and canonical address in
    the head, the language switcher, the share box and the print footer; its
    photo's social rendition for Open Graph and for structured data)."""
    memo = request.__dict__.setdefault("_memo_on_request", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]
