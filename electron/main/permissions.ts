/**
 * Permission policy for every web permission the page might ask for (camera, geolocation, notifications, clipboard
 * reads, USB, HID, serial, fullscreen, ...): refused, all of them. A planning tool needs none, and a refusal here
 * costs nothing while a grant would be a door for any script that ever runs in the page. Copy and paste still work
 * through the DOM's copy/paste events and the Edit menu's roles, which need no permission.
 */
export const permissionPolicy = {
  /** Answer to `session.setPermissionRequestHandler`. */
  request(_permission: string): boolean {
    return false;
  },
  /** Answer to `session.setPermissionCheckHandler`. */
  check(_permission: string): boolean {
    return false;
  },
  /** Answer to `session.setDevicePermissionHandler` (USB, HID, serial, Bluetooth devices). */
  device(_deviceType: string): boolean {
    return false;
  },
} as const;
