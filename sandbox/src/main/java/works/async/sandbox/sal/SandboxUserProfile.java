package works.async.sandbox.sal;

import java.net.URI;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

import works.async.sandbox.host.SandboxUser;

/** SAL's view of a sandbox user. */
record SandboxUserProfile(SandboxUser user) implements UserProfile {

    @Override
    public UserKey getUserKey() {
        return new UserKey(user.key());
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public String getFullName() {
        return user.displayName();
    }

    @Override
    public String getEmail() {
        return user.username() + "@sandbox.invalid";
    }

    @Override
    public URI getProfilePictureUri(int width, int height) {
        return null;
    }

    @Override
    public URI getProfilePictureUri() {
        return null;
    }

    @Override
    public URI getProfilePageUri() {
        return URI.create("/secure/async-work/settings");
    }
}
