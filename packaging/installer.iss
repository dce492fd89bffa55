; Inno Setup script for CRM Desktop (https://jrsoftware.org/isinfo.php).
; Built by packaging/build_windows.py after PyInstaller has filled dist\CRM Desktop.
; Installs per user (no administrator needed); the data folder in %LOCALAPPDATA%\CRM Desktop
; is NOT removed on uninstall: customer data outlives the program.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{6E3F4C57-3D0B-4C7E-9F0D-3A1C2B7D5E11}
AppName=CRM Desktop
AppVersion={#AppVersion}
AppPublisher=CRM Desktop
DefaultDirName={autopf}\CRM Desktop
DefaultGroupName=CRM Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=CRM-Desktop-{#AppVersion}-setup
SetupIconFile=..\build\crm-desktop.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "persian"; MessagesFile: "compiler:Languages\Persian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\CRM Desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\CRM Desktop"; Filename: "{app}\CRM Desktop.exe"
Name: "{group}\CRM Desktop (demo)"; Filename: "{app}\CRM Desktop.exe"; Parameters: "--demo"
Name: "{autodesktop}\CRM Desktop"; Filename: "{app}\CRM Desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\CRM Desktop.exe"; Description: "{cm:LaunchProgram,CRM Desktop}"; Flags: nowait postinstall skipifsilent
