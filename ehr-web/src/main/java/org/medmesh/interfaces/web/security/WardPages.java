package org.medmesh.interfaces.web.security;

import java.util.regex.Pattern;

/** The signed-in areas of the UI and where each role lands after signing in. */
public final class WardPages {

    /** Clinicians' pages. */
    public static final String WARD = "/ward/";
    /** Administrators' pages. */
    public static final String ADMIN = "/admin/";
    /** A page path of this application: letters, digits, dashes and slashes, ending in {@code .xhtml}. */
    private static final Pattern PAGE = Pattern.compile("/(ward|admin)/[a-z0-9-]+(/[a-z0-9-]+)*\\.xhtml");
    private static final Pattern QUERY = Pattern.compile("[A-Za-z0-9=&%._-]*");

    private WardPages() {
    }

    /** Whether the path (without query) is one of the UI's signed-in pages. */
    public static boolean isPage(String path) {
        return path != null && PAGE.matcher(path).matches();
    }

    /**
     * Whether {@code next} (a path with an optional query, as the sign-in page received it) may be returned to after
     * signing in: one of the UI's own pages, never another site.
     */
    public static boolean isSafeReturn(String next) {
        if (next == null) {
            return false;
        }
        int query = next.indexOf('?');
        return isPage(query < 0 ? next : next.substring(0, query))
                && (query < 0 || QUERY.matcher(next.substring(query + 1)).matches());
    }

    /** The first page of a role. */
    public static String home(boolean admin) {
        return admin ? ADMIN + "index.xhtml" : WARD + "patients.xhtml";
    }
}
