; Inno Setup script of ropa's Windows installer: Start-menu entry, optional desktop icon and PATH
; entry, and the .ropa file association (double-click opens the register in ropa).
; Built on a Windows runner after PyInstaller (see .github/workflows/package.yml):
;   pyinstaller --noconfirm packaging\ropa.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\ropa.iss   ->  dist\ropa-0.1.0-windows-x64-setup.exe
#ifndef AppVersion
  #error Pass the version of ropa/__init__.py: iscc /DAppVersion=X.Y.Z packaging\windows\ropa.iss
#endif

[Setup]
AppId={{5B0C9E57-3D0A-4C39-9F4E-6C8B3B1F2A7D}
AppName=ropa
AppVersion={#AppVersion}
AppVerName=ropa {#AppVersion}
AppPublisher=the ropa maintainers
DefaultDirName={autopf}\ropa
DefaultGroupName=ropa
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=ropa-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\ropa.ico
UninstallDisplayIcon={app}\ropa-gui.exe
LicenseFile=..\..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ChangesEnvironment=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.AddToPath=Add ropa to the PATH (to use the ropa command in a terminal)
french.AddToPath=Ajouter ropa au PATH (pour utiliser la commande ropa dans un terminal)
dutch.AddToPath=ropa aan het PATH toevoegen (om de opdracht ropa in een terminal te gebruiken)
german.AddToPath=ropa zum PATH hinzufügen (um den Befehl ropa in einem Terminal zu verwenden)
english.RegisterType=ropa register
french.RegisterType=Registre ropa
dutch.RegisterType=ropa-register
german.RegisterType=ropa-Verzeichnis

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
; The PyInstaller one-folder build: ropa.exe (command line), ropa-gui.exe (windowed), _internal\
Source: "..\..\dist\ropa\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\ropa"; Filename: "{app}\ropa-gui.exe"; Comment: "GDPR Article 30 register"
Name: "{autodesktop}\ropa"; Filename: "{app}\ropa-gui.exe"; Tasks: desktopicon

[Registry]
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: ""; ValueData: "ropa.register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ropa"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-ropa-register"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.ropa\OpenWithProgids"; ValueType: string; ValueName: "ropa.register"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\ropa.register"; ValueType: string; ValueName: ""; ValueData: "{cm:RegisterType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\ropa.register\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ropa-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\ropa.register\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ropa-gui.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ropa-gui.exe\SupportedTypes"; ValueType: string; ValueName: ".ropa"; ValueData: ""; Flags: uninsdeletekey
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NotInPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\ropa-gui.exe"; Description: "{cm:LaunchProgram,ropa}"; Flags: nowait postinstall skipifsilent

[Code]
function NotInPath(Folder: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path, Folder: string;
  At: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path) then
    exit;
  Folder := ExpandConstant('{app}');
  At := Pos(';' + Uppercase(Folder), Uppercase(Path));
  if At > 0 then
  begin
    Delete(Path, At, Length(Folder) + 1);
    RegWriteExpandStringValue(HKEY_CURRENT_USER, 'Environment', 'Path', Path);
  end;
end;
