def current_site(request):
    """``site``: the public site the request came to (``sites.middleware``),
    with its branding and menus. (Absent on a request that never passed the
    middleware, such as one a test builds by hand.)"""
    return {"site": getattr(request, "site", None)}
